// The office window over a real office vault and bundles sealed through the CLI: a good
// bundle passes every check in turn and shows its candidates; a bundle altered in transit
// stops at "not altered", runs nothing after it and leaves nothing behind; a bundle from a
// unit the office never enrolled stops at the signer; the combined 汇总表 is written; the
// review writes opinions and decisions and the set for 内蒙古科协.

#include "gui/office_window.h"
#include "gui/candidate_papers_dialog.h"
#include "gui/office_review_page.h"
#include "gui/pdf_pages.h"

#include <gtest/gtest.h>

#include <QPlainTextEdit>

#include <QLineEdit>

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/office_admin.h"
#include "core/vault_session.h"
#include "support/bundle_flow.h"
#include "support/gui_test_support.h"
#include "support/temp_dir.h"
#include "support/vault_fixture.h"

namespace baosong::test {
namespace {

namespace fs = std::filesystem;
using gui::OfficeWindow;
using nlohmann::json;

constexpr const char* kUnitA = "91150200MA0N8XQ313";
constexpr const char* kUnitD = "91150100MA0PQ7RX21";
constexpr int kReceiveTimeoutMs = 120000;

std::string bundleOf(const std::string& out, const std::string& unitId) {
    return (fs::path(out) / (unitId + "-nmg-zuimei-2023-r1.bsx")).string();
}

// Every test runs in both profiles (bundle.md "intl", bundle-gm.md "gm").
class OfficeWindowTest : public ::testing::TestWithParam<std::string> {
  protected:
    static void TearDownTestSuite() { prepared.clear(); }
    // The unit's bundle sealed once per profile (support/bundle_flow.h PreparedUnit).
    void SetUp() override {
        auto& [made, ready] = prepared[GetParam()];
        if (!made) {
            made = std::make_unique<PreparedUnit>();
            ready = made->make(true, GetParam());
        }
        ASSERT_TRUE(ready) << "the unit could not be sealed";
        made->copyInto(dir, unit, source);
        unit.profile = GetParam();
        bundle = bundleOf(dir / "out", kUnitA);
        ASSERT_TRUE(fs::exists(bundle));
    }

    std::unique_ptr<OfficeWindow> window(const std::string& vault) {
        auto opened = app::openVault(
            vault, [] { return secret(kVaultPassphrase); }, app::Access::Change);
        auto w = std::make_unique<OfficeWindow>(std::move(opened));
        w->show();
        return w;
    }

    // Opens bundlePath into received and waits until the window is done with it.
    void receive(OfficeWindow& w, const std::string& bundlePath) {
        w.openBundleFile(QString::fromStdString(bundlePath), QString::fromStdString(received));
        ASSERT_TRUE(w.busy());
        ASSERT_TRUE(waitFor([&] { return !w.busy(); }, kReceiveTimeoutMs));
    }

    static inline std::map<std::string, std::pair<std::unique_ptr<PreparedUnit>, bool>> prepared;
    TempDir dir;
    std::string source;
    std::string office = dir / "office.bsv";
    std::string received = dir / "received";
    std::string bundle;
    BundleFlow unit{dir, kUnitA, "unitA"};
};

struct Step {
    std::string state;  // passed, failed, not_run
    std::string text;
};

std::vector<Step> steps(OfficeWindow& w) {
    std::vector<Step> out;
    auto* list = child<QListWidget>(&w, "verifySteps");
    for (int i = 0; list != nullptr && i < list->count(); ++i) {
        out.push_back({list->item(i)->data(Qt::UserRole).toString().toStdString(),
                       list->item(i)->text().toStdString()});
    }
    return out;
}

// Steps before failedAt passed, failedAt failed with code in its text, the rest not run.
void expectFailedAt(OfficeWindow& w, std::size_t failedAt, const std::string& sentence,
                    const std::string& code) {
    const auto shown = steps(w);
    ASSERT_EQ(shown.size(), gui::kReceiveSteps.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        if (i < failedAt) {
            EXPECT_EQ(shown[i].state, "passed") << shown[i].text;
            EXPECT_EQ(shown[i].text.rfind("✓", 0), 0u) << shown[i].text;
        } else if (i == failedAt) {
            EXPECT_EQ(shown[i].state, "failed") << shown[i].text;
            EXPECT_EQ(shown[i].text.rfind("✗ " + sentence, 0), 0u) << shown[i].text;
            EXPECT_NE(shown[i].text.find(code), std::string::npos) << shown[i].text;
        } else {
            EXPECT_EQ(shown[i].state, "not_run") << shown[i].text;
            EXPECT_NE(shown[i].text.find("未进行"), std::string::npos) << shown[i].text;
        }
    }
}

TEST_P(OfficeWindowTest, GoodBundlePassesEveryStepAndShowsTheCandidates) {
    auto w = window(office);
    receive(*w, bundle);
    const auto shown = steps(*w);
    ASSERT_EQ(shown.size(), gui::kReceiveSteps.size());
    for (const Step& s : shown) {
        EXPECT_EQ(s.state, "passed") << s.text;
        EXPECT_EQ(s.text.rfind("✓", 0), 0u) << s.text;
    }
    auto* people = child<QTableWidget>(w.get(), "candidates");
    ASSERT_EQ(people->rowCount(), 2);
    EXPECT_EQ(people->item(0, 0)->text(), QStringLiteral("张卫东"));
    EXPECT_FALSE(people->item(0, 3)->text().isEmpty());
    EXPECT_GT(child<QListWidget>(w.get(), "recheck")->count(), 0);

    EXPECT_TRUE(child<QLabel>(w.get(), "bundleUnit")->text().contains(QLatin1String(kUnitA)));
    EXPECT_TRUE(
        child<QLabel>(w.get(), "bundleRevision")->text().contains(QStringLiteral("第 1 版")));
    const QString sha = child<QLabel>(w.get(), "bundleSha256")->text();
    EXPECT_EQ(sha.count(QLatin1Char(' ')), 15) << sha.toStdString();  // 64 hex digits in fours
    // The profile, and in gm the SM3 the unit signed (bundle-gm.md), in fours too.
    const QString profile = child<QLabel>(w.get(), "bundleProfile")->text();
    if (GetParam() == "gm") {
        EXPECT_TRUE(profile.startsWith(QStringLiteral("国密（SM2、SM3、SM4）；SM3 ")))
            << profile.toStdString();
        EXPECT_EQ(profile.count(QLatin1Char(' ')), 16) << profile.toStdString();
    } else {
        EXPECT_EQ(profile, QStringLiteral("国际算法（age、minisign）")) << profile.toStdString();
    }
    const std::string folder = received + "/" + fs::path(bundle).stem().string();
    EXPECT_TRUE(fs::exists(folder + "/data/submission.json"));
    EXPECT_EQ(child<QLabel>(w.get(), "bundleFolder")->text().toStdString(), folder);
    EXPECT_EQ(child<QTableWidget>(w.get(), "received")->rowCount(), 1);

    // The same bundle again is refused at the revision step, and the folder stays as it was.
    const std::string before = snapshot(received);
    receive(*w, bundle);
    expectFailedAt(*w, 5, "版本号合规", "already_received");
    EXPECT_EQ(child<QTableWidget>(w.get(), "candidates")->rowCount(), 0);
    EXPECT_EQ(snapshot(received), before);
}

TEST_P(OfficeWindowTest, TamperedBundleFailsAtNotAlteredRunsNothingAfterAndWritesNothing) {
    {
        std::fstream file(bundle, std::ios::in | std::ios::out | std::ios::binary);
        file.seekg(static_cast<std::streamoff>(fs::file_size(bundle) / 2));
        char byte = 0;
        file.read(&byte, 1);
        file.seekp(static_cast<std::streamoff>(fs::file_size(bundle) / 2));
        byte = static_cast<char>(byte ^ 0x01);
        file.write(&byte, 1);
    }
    auto w = window(office);
    receive(*w, bundle);
    expectFailedAt(*w, 2, "报送包未被改动", "bundle_altered");
    EXPECT_TRUE(fs::is_empty(received)) << snapshot(received);
    EXPECT_EQ(child<QTableWidget>(w.get(), "candidates")->rowCount(), 0);
    EXPECT_EQ(child<QTableWidget>(w.get(), "received")->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>(w.get(), "receiveStatus")->text().contains(QStringLiteral("未接收")));
}

TEST_P(OfficeWindowTest, BundleFromUnitNotEnrolledFailsAtTheSigner) {
    // Unit D holds this office's keys and seals to it, but the office never enrolled it.
    BundleFlow unitD{dir, kUnitD, "unitD"};
    unitD.initUnit();
    json doc = json::parse(readFile(source));
    doc["unit"]["id"] = kUnitD;
    writeFile(dir / "in/unitD.json", doc.dump());
    unitD.importSubmission(dir / "in/unitD.json");
    // The office's keys before the sign-off: their profile names the manifest signed.
    ASSERT_EQ(BundleFlow::run({"keys", unitD.vault, "import-office", unit.outKeys}).exitCode, 0);
    unitD.reviewAndSignOff();
    ASSERT_EQ(unitD.seal(dir / "d-out").exitCode, 0);

    auto w = window(office);
    receive(*w, bundleOf(dir / "d-out", kUnitD));
    expectFailedAt(*w, 1, "签名由已登记单位的密钥签署", "unit_not_enrolled");
    EXPECT_TRUE(fs::is_empty(received)) << snapshot(received);
}

TEST_P(OfficeWindowTest, SummaryExportWritesTheXlsx) {
    auto w = window(office);
    receive(*w, bundle);
    const std::string xlsx = dir / "汇总表.xlsx";
    w->exportSummary(QString::fromStdString(xlsx));
    ASSERT_TRUE(waitFor([&] { return !w->busy(); }, kReceiveTimeoutMs));
    ASSERT_TRUE(fs::exists(xlsx));
    EXPECT_EQ(readFile(xlsx).substr(0, 2), "PK");  // a zip package
    const QString said = child<QLabel>(w.get(), "summaryResult")->text();
    EXPECT_TRUE(said.contains(QStringLiteral("1 个单位"))) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("2 名候选人"))) << said.toStdString();

    // Never overwritten: a second export to the same name says why.
    w->exportSummary(QString::fromStdString(xlsx));
    ASSERT_TRUE(waitFor([&] { return !w->busy(); }, kReceiveTimeoutMs));
    EXPECT_TRUE(
        child<QLabel>(w.get(), "summaryResult")->text().contains(QStringLiteral("target_exists")));
}

TEST(OfficeWindowControls, LockActionAndEveryControlIsNamedForScreenReaders) {
    TempDir dir;
    const std::string office = dir / "office.bsv";
    app::initOfficeVault(office, secret(kVaultPassphrase), kFastKdf, "clerk:test");
    auto w = std::make_unique<OfficeWindow>(app::openVault(
        office, [] { return secret(kVaultPassphrase); }, app::Access::Change));
    auto* lock = child<QAction>(w.get(), "lockAction");
    ASSERT_NE(lock, nullptr);
    EXPECT_EQ(lock->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QSignalSpy spy(w.get(), &OfficeWindow::lockRequested);
    lock->trigger();
    EXPECT_EQ(spy.count(), 1);
    for (const char* name : {"openBundle", "chooseReceiveFolder", "exportSummary"}) {
        auto* b = child<QPushButton>(w.get(), name);
        ASSERT_NE(b, nullptr);
        EXPECT_FALSE(b->accessibleName().isEmpty()) << name;
    }
    for (const char* name : {"verifySteps", "notices", "recheck"}) {
        auto* l = child<QListWidget>(w.get(), name);
        ASSERT_NE(l, nullptr);
        EXPECT_FALSE(l->accessibleName().isEmpty()) << name;
    }
    for (const char* name : {"candidates", "received"}) {
        auto* t = child<QTableWidget>(w.get(), name);
        ASSERT_NE(t, nullptr);
        EXPECT_FALSE(t->accessibleName().isEmpty()) << name;
    }
    EXPECT_EQ(w->receiveFolder().toStdString(), (dir.path() / "已接收").string());
    EXPECT_EQ(child<QTableWidget>(w.get(), "received")->rowCount(), 0);
}

// The office's review in its window: every candidate listed, an opinion that states no
// decision refused where it is typed, one candidate withheld with its reason, the other
// forwarded, and the set for 内蒙古科协 written from the bundle.
TEST_P(OfficeWindowTest, ReviewTheCandidatesAndWriteTheSet) {
    auto w = window(office);
    receive(*w, bundle);
    auto* page = w->reviewPage();
    ASSERT_NE(page, nullptr);
    auto* table = child<QTableWidget>(page, "reviewCandidates");
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 3)->text(), QStringLiteral("张卫东"));
    EXPECT_EQ(table->item(1, 6)->text(), QStringLiteral("未定"));

    // Refused where it is typed: no decision in the opinion, a forward without opinion.
    table->setCurrentCell(0, 0);
    EXPECT_TRUE(child<QLabel>(page, "reviewChosen")->text().contains(QStringLiteral("张卫东")));
    const QString checked = child<QLabel>(page, "reviewRecheck")->text();
    EXPECT_TRUE(checked.contains(QStringLiteral("保密审查：保密审查员"))) << checked.toStdString();
    EXPECT_TRUE(checked.contains(QStringLiteral("政策复核"))) << checked.toStdString();
    child<QPushButton>(page, "forward")->click();
    EXPECT_TRUE(child<QLabel>(page, "reviewProblem")
                    ->text()
                    .contains(QStringLiteral("还没有推荐单位意见")));
    typeInto(child<QPlainTextEdit>(page, "officeOpinion"), QStringLiteral("事迹突出。"));
    child<QPushButton>(page, "saveOpinion")->click();
    EXPECT_TRUE(child<QLabel>(page, "reviewProblem")->text().contains(QStringLiteral("同意推荐")));
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("未写"));

    child<QPlainTextEdit>(page, "officeOpinion")->clear();
    typeInto(child<QPlainTextEdit>(page, "officeOpinion"),
             QStringLiteral("该同志事迹突出，学风严谨。同意推荐。"));
    child<QPushButton>(page, "saveOpinion")->click();
    EXPECT_EQ(table->item(0, 5)->text(), QStringLiteral("已写"));
    child<QPushButton>(page, "forward")->click();
    EXPECT_EQ(table->item(0, 6)->text(), QStringLiteral("推荐"));

    // The form as it will go on, and the unit's stamped scan, page by page.
    child<QPushButton>(page, "viewPapers")->click();
    const auto papers = page->findChildren<gui::CandidatePapersDialog*>();
    ASSERT_EQ(papers.size(), 1);
    EXPECT_TRUE(papers[0]->isVisible());
    EXPECT_TRUE(papers[0]->windowTitle().contains(QStringLiteral("张卫东")));
    EXPECT_GE(papers[0]->form()->pagesDrawn(), 1);
    EXPECT_EQ(papers[0]->form()->pagesDrawn(), papers[0]->form()->pagesInFile());
    EXPECT_EQ(papers[0]->stamped()->pagesDrawn(), 1);
    papers[0]->close();
    ASSERT_TRUE(
        waitFor([&] { return page->findChildren<gui::CandidatePapersDialog*>().isEmpty(); }));

    // Writing the set while 李思源 is undecided: refused, saying why.
    const std::string out = dir / "to-kexie";
    fs::create_directories(out);
    page->exportSetTo(QString::fromStdString(out));
    ASSERT_TRUE(waitFor([&] { return !page->busy(); }, kReceiveTimeoutMs));
    EXPECT_TRUE(child<QLabel>(page, "exportResult")->text().contains(QStringLiteral("李思源")));
    EXPECT_TRUE(fs::is_empty(out));

    table->setCurrentCell(1, 0);
    typeInto(child<QPlainTextEdit>(page, "officeOpinion"), QStringLiteral("同意推荐。"));
    child<QPushButton>(page, "saveOpinion")->click();
    child<QPushButton>(page, "withhold")->click();
    EXPECT_TRUE(child<QLabel>(page, "reviewProblem")->text().contains(QStringLiteral("理由")));
    typeInto(child<QLineEdit>(page, "withholdReason"), QStringLiteral("名额有限"));
    child<QPushButton>(page, "withhold")->click();
    EXPECT_EQ(table->item(1, 6)->text(), QStringLiteral("暂缓（名额有限）"));

    page->exportSetTo(QString::fromStdString(out));
    EXPECT_TRUE(w->busy());  // the window's other work waits
    ASSERT_TRUE(waitFor([&] { return !page->busy(); }, kReceiveTimeoutMs));
    EXPECT_TRUE(child<QLabel>(page, "exportResult")->text().contains(QStringLiteral("推荐 1 名")))
        << child<QLabel>(page, "exportResult")->text().toStdString();
    const fs::path set = fs::path(out) / "国防科工办推荐材料-nmg-zuimei-2023";
    EXPECT_TRUE(fs::exists(set / "推荐表/张卫东.pdf"));
    EXPECT_FALSE(fs::exists(set / "推荐表/李思源.pdf"));
    EXPECT_TRUE(fs::exists(set / "汇总表.pdf"));
}

// One process per profile (tests/CMakeLists.txt ONE_PROCESS), each sealing its unit once;
// tests are named by their profile ("…/gm").
std::string profileOf(const ::testing::TestParamInfo<std::string>& instance) {
    return instance.param;
}
INSTANTIATE_TEST_SUITE_P(IntlProfile, OfficeWindowTest, ::testing::Values("intl"), profileOf);
INSTANTIATE_TEST_SUITE_P(GmProfile, OfficeWindowTest, ::testing::Values("gm"), profileOf);

}  // namespace
}  // namespace baosong::test
