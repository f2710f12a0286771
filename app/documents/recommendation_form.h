#pragma once
// The 推荐表 (notice 附件1) of one candidate, laid out here and only here for both its Word
// file and its PDF:
// the cover (候选人姓名, 工作单位, 推荐单位, 填报日期), the 填表说明, then the form's table
// with every field, the ID photo in its cell, 推荐领域 as ☑/☐, one row per 学习工作经历,
// 主要事迹, 感人故事, and the 个人声明 and both opinions with their signature, stamp and
// date lines.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "flow_document.h"
#include "policy/submission.h"

namespace baosong::app::documents {

// Who 推荐单位 is: for a defense-industry unit the office itself (附件1 填表说明 2, "国防科工办
// 作为推荐单位"; policy.md), otherwise the submitting unit.
std::string recommenderName(const policy::Submission& submission);

// The five 推荐领域 of 附件1, in its order.
const std::vector<std::string>& recommendationAreas();

// idPhoto: the JPEG for the photo cell; without one the cell says the photo is missing.
FlowDocument recommendationForm(const policy::Submission& submission, std::size_t candidate,
                                const std::optional<std::vector<std::uint8_t>>& idPhoto);

// Each writes path (never overwriting: AppError BadInput "target_exists") atomically.
void writeRecommendationFormDocx(const std::string& path, const policy::Submission& submission,
                                 std::size_t candidate,
                                 const std::optional<std::vector<std::uint8_t>>& idPhoto);
void writeRecommendationFormPdf(const std::string& path, const policy::Submission& submission,
                                std::size_t candidate,
                                const std::optional<std::vector<std::uint8_t>>& idPhoto);

}  // namespace baosong::app::documents
