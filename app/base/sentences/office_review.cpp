// The catalogue's sentences about the office's review (统一审核推荐): opinions, decisions and
// the problems seen across units. Chinese first, then English, with the same {names};
// sentence_catalogue.h says how they are used.

#include "sentence_tables.h"

namespace baosong::app::sentences {

std::span<const Sentence> officeReview() {
    static constexpr Sentence kSentences[] = {
        {"office_text_opinion", "推荐单位意见", "the recommender's opinion"},
        {"office_text_reason", "暂缓推荐的理由", "the reason for withholding"},
        {"office_text_not_utf8", "{what}不是 UTF-8 文本；请重新输入",
         "{what} is not UTF-8 text; type it again"},
        {"office_text_too_long", "{what}超过 {max} 字，推荐表上写不下；请精简后重试",
         "{what} is over {max} characters, more than the form can hold; shorten it and try again"},
        {"office_text_control", "{what}含有控制字符 {character}；请删除后重试",
         "{what} holds the control character {character}; remove it and try again"},
        {"office_opinion_no_decision",
         "推荐单位意见须明确写出“同意推荐”或“不同意推荐”（附件1：意见中应明确写出是否同意推荐）；"
         "请补充后重试",
         "the recommender's opinion must say outright whether the office agrees to recommend "
         "the candidate (form 1 asks every opinion to state it); add it and try again"},
        {"office_opinion_missing",
         "第 {number} 名候选人还没有推荐单位意见；请先写意见（office opinion），再决定推荐",
         "candidate no. {number} has no recommender's opinion yet; write it first (office "
         "opinion), then decide to forward"},
        {"office_decision_contradicts_opinion",
         "推荐单位意见写的是“不同意推荐”，不能决定推荐；请修改意见，或决定暂缓推荐（--withhold）",
         "the recommender's opinion says the office does not agree to recommend, so the "
         "candidate cannot be forwarded; change the opinion or withhold the candidate "
         "(--withhold)"},
        {"office_reason_missing", "暂缓推荐须写明理由（--reason）",
         "withholding a candidate needs a reason (--reason)"},
        {"office_revision_changed",
         "单位 {unit} 已有第 {latest} 版，而你看的是第 {seen} 版；新版本的候选人和序号可能不同，"
         "请重新查看（office candidates）后再写意见或作决定",
         "unit {unit} has sent revision {latest}, but you were looking at revision {seen}; the "
         "new revision may number its candidates differently, so look again (office "
         "candidates) before writing an opinion or deciding"},
        {"unit_not_received", "尚未收到单位 {unit} 在活动 {campaign} 中的报送包；请先 office open",
         "no bundle of unit {unit} for campaign {campaign} has been opened; run office open first"},
        {"review_unit_named", "{unit}（{id}）", "{unit} ({id})"},
        {"review_unit_over_quota",
         "{unit}报送 {count} 名，超过名额 {max} 名且没有有效的增加名额授权（通知“三、(二)”）；"
         "请暂缓推荐其中至少 {excess} 名",
         "{unit} sent {count} candidates, more than its quota of {max}, with no valid grant "
         "raising it (notice, section 3 (2)); withhold at least {excess} of them"},
        {"review_revision_reopened",
         "{unit}已送来第 {revision} 版，取代了已作出意见或决定的早期版本；只有最新版本有效，"
         "请对本版候选人重新写意见、作决定",
         "{unit} has sent revision {revision}, which replaces an earlier one that already had "
         "opinions or decisions; only the latest counts, so write the opinions and decide again"},
        {"review_duplicate_person",
         "{name}（{birth}）由多个单位推荐：{units}；同一人只能推荐一次，请只推荐其中一份",
         "{name} ({birth}) is nominated by more than one unit: {units}; a person may be "
         "nominated once, so forward only one of them"},
        {"export_candidate_named", "{unit}第 {number} 名候选人{name}",
         "candidate no. {number} of {unit}, {name}"},
        {"export_opinion_missing", "{who}还没有推荐单位意见（office opinion）",
         "{who} has no recommender's opinion yet (office opinion)"},
        {"export_decision_missing", "{who}还未决定推荐或暂缓（office decide）",
         "{who} is neither forwarded nor withheld yet (office decide)"},
        {"export_files_missing",
         "{who}的照片“{path}”不在国防科工办保险库中（该报送包在旧版本中接收）；请单位重新封包报送",
         "the photo “{path}” of {who} is not in the office vault (the bundle was received by an "
         "older version); ask the unit to seal and send it again"},
        {"export_over_quota",
         "{unit}推荐 {count} 名，超过名额 {max} 名（通知“三、(二)”）；请暂缓推荐其中一部分",
         "{count} candidates of {unit} are forwarded, more than its quota of {max} (notice, "
         "section 3 (2)); withhold some of them"},
        {"export_duplicate_forwarded", "同一人被重复推荐：{who}；只能推荐其中一份",
         "the same person is forwarded more than once: {who}; forward only one"},
        {"export_nothing_forwarded", "没有决定推荐的候选人；请先作出推荐决定（office decide）",
         "no candidate is forwarded; decide first (office decide)"},
        {"export_empty", "活动 {campaign} 还没有收到任何报送包（office open）",
         "no bundle of campaign {campaign} has been opened yet (office open)"},
        {"export_refused", "还不能写出报送内蒙古科协的材料：{reasons}",
         "the set for the regional science association cannot be written yet: {reasons}"},
        {"file_set_record", "材料清单", "set record"},
        {"set_unreadable",
         "“{folder}”不是 baosong 写出的推荐材料文件夹（缺少或无法读取 留存/清单.json）",
         "“{folder}” is not a set baosong wrote (its record of the files is missing or "
         "unreadable)"},
        {"set_file_missing", "缺少文件“{path}”", "the file “{path}” is missing"},
        {"set_file_changed", "文件“{path}”已被改动，与写出时不同",
         "the file “{path}” was changed since it was written"},
        {"set_stamped_missing", "缺少盖章版“{path}”", "the stamped scan “{path}” is missing"},
        {"set_stamped_not_pdf", "盖章版“{path}”不是 PDF 文件",
         "the stamped scan “{path}” is not a PDF file"},
    };
    return kSentences;
}

}  // namespace baosong::app::sentences
