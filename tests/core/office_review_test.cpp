// The office's review over what it received: every candidate of each unit's latest
// revision, its opinion and decision with the notice's rules, and the problems only the
// office sees across units (one person from two units, a unit over its quota, a later
// revision that reopens decisions). Bundles are recorded directly; the CLI test opens real
// ones.

#include "core/office_review.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "base/app_error.h"
#include "core/office_admin.h"
#include "core/office_export.h"
#include "core/office_papers.h"
#include "policy/submission_json.h"
#include "store/audit_log.h"
#include "store/office_store.h"
#include "support/error_code.h"
#include "support/pdf_maker.h"
#include "support/pdf_text.h"
#include "support/process.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::app {
namespace {

using test::errorCodeOf;

constexpr const char* kUnitA = "91150200MA0N8XQ313";
constexpr const char* kUnitB = "91150100MA0PQ7RX21";
constexpr const char* kCampaign = "nmg-zuimei-2023";

class OfficeReviewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        vault.emplace(initOfficeVault(dir / "office.bsv", test::secret(test::kVaultPassphrase),
                                      test::kFastKdf, "clerk:test"));
        example = policy::parseSubmission(test::readFile(std::string(BAOSONG_EXAMPLE)));
    }
    // Records a bundle of unit as `office open` would, with the re-check's findings.
    void receive(const std::string& unit, long long revision, policy::Submission s,
                 const nlohmann::json& findings = nlohmann::json::array()) {
        s.unit.id = unit;
        s.revision = revision;
        OfficeStore(vault->db())
            .putReceived({unit, kCampaign, revision,
                          std::string(64, static_cast<char>('a' + revision)), "2023-07-10",
                          "2023-07-11", policy::toJson(s), "{}", "", findings.dump(), 0});
    }
    CandidateRef ref(const std::string& unit, std::size_t number) {
        return {unit, kCampaign, number};
    }
    std::vector<std::string> warningCodes() {
        std::vector<std::string> codes;
        for (const auto& w : officeReview(*vault).warnings) {
            codes.push_back(w.code + ":" + w.unitId);
        }
        return codes;
    }

    test::TempDir dir;
    std::optional<Vault> vault;
    policy::Submission example;
};

TEST_F(OfficeReviewTest, EveryCandidateOfEachUnitsLatestRevision) {
    receive(kUnitA, 1, example);
    policy::Submission b = example;
    b.candidates.erase(b.candidates.begin());
    receive(kUnitB, 1, b);
    receive(kUnitB, 2, example);  // B's second revision has both
    const OfficeReview review = officeReview(*vault);
    ASSERT_EQ(review.candidates.size(), 4u);
    EXPECT_EQ(review.candidates[0].unitId, kUnitB);  // by unit id
    EXPECT_EQ(review.candidates[0].revision, 2);
    EXPECT_EQ(review.candidates[1].number, 2u);
    EXPECT_EQ(review.candidates[2].unitId, kUnitA);
    EXPECT_EQ(review.candidates[2].candidate.name, "张卫东");
    EXPECT_TRUE(review.candidates[2].opinion.empty());
    EXPECT_TRUE(review.candidates[2].decision.empty());
}

// Beside each candidate, what the office checked at opening: the re-check's findings about
// this candidate and the whole submission (errors first), and the unit's review record.
TEST_F(OfficeReviewTest, EachCandidateCarriesItsRecheckAndReviewRecord) {
    policy::Submission s = example;
    s.unit.id = kUnitA;
    s.revision = 1;
    OfficeStore(vault->db())
        .putReceived({kUnitA, kCampaign, 1, std::string(64, 'a'), "2023-07-10", "2023-07-11",
                      policy::toJson(s),
                      R"({"reviewer":{"name":"李审查"},"flags":[{},{}],"items":[{},{},{}]})", "",
                      nlohmann::json::array({{{"code", "DEADLINE_PASSED"},
                                              {"severity", "warning"},
                                              {"candidate", nullptr},
                                              {"message", "晚了"}},
                                             {{"code", "PHOTO_TOO_SMALL"},
                                              {"severity", "error"},
                                              {"candidate", 1},
                                              {"message", "照片太小"}}})
                          .dump(),
                      1});
    const OfficeReview review = officeReview(*vault);
    ASSERT_EQ(review.candidates.size(), 2u);
    EXPECT_EQ(review.candidates[0].recheck, std::vector<std::string>{"[DEADLINE_PASSED] 晚了"});
    EXPECT_EQ(review.candidates[1].recheck,
              (std::vector<std::string>{"[PHOTO_TOO_SMALL] 照片太小", "[DEADLINE_PASSED] 晚了"}));
    EXPECT_EQ(review.candidates[1].reviewer, "李审查");
    EXPECT_EQ(review.candidates[1].reviewedFlags, 2);
    EXPECT_EQ(review.candidates[1].reviewedItems, 3);
}

TEST_F(OfficeReviewTest, OpinionMustStateItsDecisionAndDecisionsFollowTheRules) {
    receive(kUnitA, 1, example);
    const std::size_t entries = AuditLog(vault->db()).entries().size();
    EXPECT_EQ(errorCodeOf<AppError>(
                  [&] { writeOfficeOpinion(*vault, ref(kUnitA, 1), "事迹突出。", "c"); }),
              "opinion_no_decision");
    EXPECT_EQ(errorCodeOf<AppError>(
                  [&] { writeOfficeOpinion(*vault, ref(kUnitA, 1), "同意推荐\x1b[2J", "c"); }),
              "control_character");
    EXPECT_EQ(errorCodeOf<AppError>([&] {
                  writeOfficeOpinion(*vault, ref(kUnitA, 1), std::string(2001, 'x') + "同意推荐",
                                     "c");
              }),
              "text_too_long");
    EXPECT_EQ(errorCodeOf<AppError>(
                  [&] { writeOfficeOpinion(*vault, ref(kUnitA, 3), "同意推荐。", "c"); }),
              "candidate_unknown");
    EXPECT_EQ(errorCodeOf<AppError>(
                  [&] { writeOfficeOpinion(*vault, ref(kUnitB, 1), "同意推荐。", "c"); }),
              "unit_not_received");
    // Forward needs an opinion that agrees; withhold needs a reason.
    EXPECT_EQ(errorCodeOf<AppError>([&] {
                  decideCandidate(*vault, ref(kUnitA, 1), OfficeDecisionKind::Forward, "", "c");
              }),
              "opinion_missing");
    EXPECT_EQ(errorCodeOf<AppError>([&] {
                  decideCandidate(*vault, ref(kUnitA, 1), OfficeDecisionKind::Withhold, " ", "c");
              }),
              "reason_missing");
    EXPECT_EQ(AuditLog(vault->db()).entries().size(), entries);  // nothing was written

    writeOfficeOpinion(*vault, ref(kUnitA, 2), "该同志学风严谨，事迹突出。不同意推荐。", "c");
    EXPECT_EQ(errorCodeOf<AppError>([&] {
                  decideCandidate(*vault, ref(kUnitA, 2), OfficeDecisionKind::Forward, "", "c");
              }),
              "decision_contradicts_opinion");
    writeOfficeOpinion(*vault, ref(kUnitA, 1), "该同志事迹突出，学风正派。同意推荐。", "c");
    EXPECT_EQ(decideCandidate(*vault, ref(kUnitA, 1), OfficeDecisionKind::Forward, "", "clerk:1"),
              1);
    decideCandidate(*vault, ref(kUnitA, 2), OfficeDecisionKind::Withhold, "名额有限，暂缓", "c");
    const OfficeReview review = officeReview(*vault);
    EXPECT_EQ(review.candidates[0].decision, "forward");
    EXPECT_EQ(review.candidates[0].decidedBy, "clerk:1");
    EXPECT_EQ(review.candidates[1].decision, "withhold");
    EXPECT_EQ(review.candidates[1].reason, "名额有限，暂缓");
    const auto log = AuditLog(vault->db()).entries();
    EXPECT_EQ(log.back().action, "office.decision");
    EXPECT_EQ(log.back().detail.find("名额有限"), std::string::npos);  // counts, not words
    EXPECT_TRUE(AuditLog(vault->db()).verify().intact);

    // An opinion changed to refuse takes back the forward decision it no longer supports.
    writeOfficeOpinion(*vault, ref(kUnitA, 1), "经复核，不同意推荐。", "c");
    EXPECT_EQ(officeReview(*vault).candidates[0].decision, "");
}

TEST_F(OfficeReviewTest, TheSamePersonFromTwoUnitsIsAWarning) {
    receive(kUnitA, 1, example);
    policy::Submission b = example;
    b.candidates.resize(1);
    b.candidates[0].name = "张 卫东";  // white space ignored, as DUPLICATE_CANDIDATE does
    receive(kUnitB, 1, b);
    const auto review = officeReview(*vault);
    ASSERT_EQ(review.warnings.size(), 1u);
    EXPECT_EQ(review.warnings[0].code, "duplicate_person");
    const std::string said = review.warnings[0].sentence.in(Language::Chinese);
    EXPECT_NE(said.find("1972-03"), std::string::npos) << said;
    EXPECT_NE(said.find(kUnitA), std::string::npos) << said;
    EXPECT_NE(said.find(kUnitB), std::string::npos) << said;
    b.candidates[0].birth = "1972-04";  // another person of the same name
    receive(kUnitB, 2, b);
    EXPECT_TRUE(officeReview(*vault).warnings.empty());
}

TEST_F(OfficeReviewTest, AUnitOverItsQuotaIsAWarningOnlyWhenTheRecheckSaidSo) {
    policy::Submission four = example;
    four.candidates.push_back(example.candidates[1]);
    four.candidates.back().name = "王五";
    four.candidates.push_back(example.candidates[1]);
    four.candidates.back().name = "赵六";
    // Four with a grant that verified: no finding, no warning.
    receive(kUnitA, 1, four);
    EXPECT_TRUE(warningCodes().empty());
    // Four other people without one: the re-check's QUOTA_EXCEEDED.
    for (auto& c : four.candidates) {
        c.name += "乙";
    }
    receive(kUnitB, 1, four, nlohmann::json::array({{{"code", "QUOTA_EXCEEDED"}}}));
    EXPECT_EQ(warningCodes(), std::vector<std::string>{std::string("unit_over_quota:") + kUnitB});
    const std::string said = officeReview(*vault).warnings[0].sentence.in(Language::Chinese);
    EXPECT_NE(said.find("报送 4 名，超过名额 3 名"), std::string::npos) << said;
    EXPECT_NE(said.find("至少 1 名"), std::string::npos) << said;
}

TEST_F(OfficeReviewTest, ALaterRevisionReopensTheDecisionsAndSaysSo) {
    receive(kUnitA, 1, example);
    writeOfficeOpinion(*vault, ref(kUnitA, 1), "同意推荐。", "c");
    decideCandidate(*vault, ref(kUnitA, 1), OfficeDecisionKind::Forward, "", "c");
    EXPECT_TRUE(warningCodes().empty());
    receive(kUnitA, 2, example);
    const auto review = officeReview(*vault);
    EXPECT_EQ(review.candidates[0].revision, 2);
    EXPECT_EQ(review.candidates[0].opinion, "");  // only the latest counts
    EXPECT_EQ(review.candidates[0].decision, "");
    EXPECT_EQ(warningCodes(), std::vector<std::string>{std::string("revision_reopened:") + kUnitA});
    // Words meant for revision 1 do not land on revision 2, which may order people otherwise.
    CandidateRef seen = ref(kUnitA, 1);
    seen.revision = 1;
    EXPECT_EQ(errorCodeOf<AppError>([&] { writeOfficeOpinion(*vault, seen, "同意推荐。", "c"); }),
              "revision_changed");
    EXPECT_EQ(errorCodeOf<AppError>([&] {
                  decideCandidate(*vault, seen, OfficeDecisionKind::Withhold, "理由", "c");
              }),
              "revision_changed");
    seen.revision = 2;
    EXPECT_EQ(writeOfficeOpinion(*vault, seen, "同意推荐。", "c"), 2);
    // Decisions on the new revision are its own.
    EXPECT_EQ(writeOfficeOpinion(*vault, ref(kUnitA, 1), "同意推荐。", "c"), 2);
}

// The set is refused, with every reason and nothing written, while the review says it
// cannot go: a unit forwarding over its quota, one person forwarded twice, a superseded
// revision whose replacement is undecided.
TEST_F(OfficeReviewTest, TheSetIsRefusedWhileTheReviewSaysItCannotGo) {
    const auto forwardAll = [&](const std::string& unit, std::size_t count) {
        for (std::size_t n = 1; n <= count; ++n) {
            writeOfficeOpinion(*vault, ref(unit, n), "同意推荐。", "c");
            decideCandidate(*vault, ref(unit, n), OfficeDecisionKind::Forward, "", "c");
        }
    };
    const auto refusal = [&]() -> std::string {
        const std::filesystem::path out = dir / "out";
        std::filesystem::create_directories(out);
        try {
            exportOfficeSet(*vault, kCampaign, out.string(), "c");
        } catch (const AppError& e) {
            EXPECT_EQ(e.code(), "export_refused");
            EXPECT_TRUE(std::filesystem::is_empty(out));
            return e.text().in(Language::Chinese);
        }
        ADD_FAILURE() << "the set was written";
        return "";
    };
    policy::Submission four = example;
    for (const char* name : {"王五", "赵六"}) {
        four.candidates.push_back(example.candidates[1]);
        four.candidates.back().name = name;
    }
    receive(kUnitB, 1, four, nlohmann::json::array({{{"code", "QUOTA_EXCEEDED"}}}));
    forwardAll(kUnitB, 4);
    std::string why = refusal();
    EXPECT_NE(why.find("推荐 4 名，超过名额 3 名"), std::string::npos) << why;

    decideCandidate(*vault, ref(kUnitB, 4), OfficeDecisionKind::Withhold, "名额", "c");
    receive(kUnitA, 1, example);  // 张卫东 and 李思源 again, from another unit
    forwardAll(kUnitA, 2);
    why = refusal();
    EXPECT_EQ(why.find("超过名额"), std::string::npos) << why;
    EXPECT_NE(why.find("同一人被重复推荐"), std::string::npos) << why;

    receive(kUnitA, 2, example);  // a new revision: its candidates are undecided again
    why = refusal();
    EXPECT_NE(why.find("第 1 名候选人张卫东还没有推荐单位意见"), std::string::npos) << why;
}

TEST_F(OfficeReviewTest, ThePapersShowTheOpinionSoFarAndTheScanAsReceived) {
    BAOSONG_REQUIRE_PROGRAM("pdftotext");
    policy::Submission s = example;
    s.candidates[0].stampedForm = "stamped/zhang.pdf";
    receive(kUnitA, 1, s);
    const std::string scan = test::makePdfShowing("stamped form of candidate one");
    OfficeStore office(vault->db());
    office.putReceivedFile(
        *office.latest(kUnitA, kCampaign), "stamped/zhang.pdf",
        std::span(reinterpret_cast<const std::uint8_t*>(scan.data()), scan.size()));

    CandidatePapers papers = candidatePapers(*vault, ref(kUnitA, 1));
    EXPECT_EQ(papers.name, "张卫东");
    ASSERT_TRUE(papers.stamped.has_value());
    EXPECT_EQ(std::string(papers.stamped->begin(), papers.stamped->end()), scan);
    test::writeFile(dir / "before.pdf", papers.formPdf);
    const std::string before = test::pdfText(dir / "before.pdf");
    EXPECT_NE(before.find("张卫东"), std::string::npos);
    EXPECT_EQ(before.find("学风严谨，同意推荐"), std::string::npos);

    writeOfficeOpinion(*vault, ref(kUnitA, 1), "事迹突出，学风严谨，同意推荐。", "clerk:test");
    papers = candidatePapers(*vault, ref(kUnitA, 1));
    test::writeFile(dir / "after.pdf", papers.formPdf);
    EXPECT_NE(test::pdfText(dir / "after.pdf").find("学风严谨，同意推荐"), std::string::npos);

    // A scan the vault does not hold is no scan; a stale or unknown candidate is refused.
    EXPECT_FALSE(candidatePapers(*vault, ref(kUnitA, 2)).stamped.has_value());
    EXPECT_EQ(errorCodeOf<AppError>([&] { candidatePapers(*vault, ref(kUnitA, 3)); }),
              "candidate_unknown");
    receive(kUnitA, 2, s);
    EXPECT_EQ(errorCodeOf<AppError>([&] {
                  candidatePapers(*vault, {kUnitA, kCampaign, 1, 1});
              }),
              "revision_changed");
    EXPECT_EQ(errorCodeOf<AppError>([&] { candidatePapers(*vault, ref(kUnitB, 1)); }),
              "unit_not_received");
}

TEST_F(OfficeReviewTest, AUnitVaultHasNoReview) {
    Vault unit = test::makeVault(dir / "unit.bsv");
    EXPECT_EQ(errorCodeOf<AppError>([&] { officeReview(unit); }), "not_office_vault");
}

// A received file is kept in pieces, read twice (its digest, then the store): what is kept
// is what was read, and a file that changes between the two readings is refused and,
// with the caller's transaction, leaves nothing.
TEST_F(OfficeReviewTest, AReceivedFileIsKeptInPiecesAndOneThatChangesIsRefused) {
    receive(kUnitA, 1, example);
    OfficeStore office(vault->db());
    const ReceivedBundle bundle = *office.latest(kUnitA, kCampaign);
    const std::vector<std::uint8_t> first(3000, 'a'), second(5000, 'b');
    office.putReceivedFile(bundle, "files/kept.pdf", 8000, [&](const OfficeStore::Pieces& each) {
        each(first);
        each(second);
    });
    std::vector<std::uint8_t> whole = first;
    whole.insert(whole.end(), second.begin(), second.end());
    EXPECT_EQ(office.receivedFile(bundle, "files/kept.pdf"), whole);

    int readings = 0;
    const auto changing = [&](const OfficeStore::Pieces& each) {
        each(++readings == 1 ? first : std::vector<std::uint8_t>(3000, 'c'));
    };
    const auto growing = [&](const OfficeStore::Pieces& each) {
        each(++readings == 1 ? first : whole);
    };
    for (const auto& reading : {std::function<void(const OfficeStore::Pieces&)>(changing),
                                std::function<void(const OfficeStore::Pieces&)>(growing)}) {
        readings = 0;
        EXPECT_EQ(errorCodeOf<AppError>([&] {
                      SqliteTransaction tx(vault->db());
                      office.putReceivedFile(bundle, "files/changed.pdf", 3000, reading);
                      tx.commit();
                  }),
                  "input_changed");
        EXPECT_EQ(office.receivedFile(bundle, "files/changed.pdf"), std::nullopt);
    }
}

}  // namespace
}  // namespace baosong::app
