#include "stamped_basis.h"

#include <string_view>
#include <vector>

#include "crypto/sha256.h"
#include "documents/recommendation_form.h"
#include "documents/report.h"
#include "documents/summary_table.h"
#include "store/submission_store.h"

namespace baosong::app {

namespace {
// Each piece with its length before it, so that no two documents digest alike by moving
// a boundary ("ab","c" against "a","bc").
class Digest {
  public:
    void add(std::string_view piece) {
        const std::string length = std::to_string(piece.size()) + ":";
        sha_.update(length);
        sha_.update(piece);
    }
    void add(const std::vector<std::uint8_t>& bytes) {
        add(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    }
    void add(const documents::FlowDocument& doc) {
        add(doc.title);
        for (const documents::Block& block : doc.blocks) {
            if (block.kind == documents::Block::Kind::Text) {
                add(block.text.text);
            } else if (block.kind == documents::Block::Kind::Table) {
                for (const documents::Row& row : block.table.rows) {
                    for (const documents::Cell& cell : row.cells) {
                        if (cell.picture) {
                            add(cell.picture->jpeg);
                        }
                        for (const documents::Text& p : cell.paragraphs) {
                            add(p.text);
                        }
                    }
                }
            }
        }
    }
    std::string hex() { return crypto::toHex(sha_.finish()); }

  private:
    crypto::Sha256 sha_;
};
}  // namespace

std::optional<std::string> stampedBasis(const policy::Submission& s, const std::string& stampedPath,
                                        const FileReader& read) {
    if (stampedPath.empty()) {
        return std::nullopt;
    }
    Digest digest;
    if (stampedPath == s.stamped.summary) {
        digest.add(documents::recommenderName(s));
        for (std::size_t i = 0; i < s.candidates.size(); ++i) {
            for (const std::string& cell :
                 documents::summaryRow(s.candidates[i], static_cast<int>(i + 1))) {
                digest.add(cell);
            }
        }
        return digest.hex();
    }
    if (stampedPath == s.stamped.report) {
        digest.add(documents::workReport(s));
        return digest.hex();
    }
    for (std::size_t i = 0; i < s.candidates.size(); ++i) {
        const policy::Candidate& c = s.candidates[i];
        if (c.stampedForm == stampedPath) {
            std::optional<std::vector<std::uint8_t>> photo;
            if (!c.photo.empty()) {
                photo = read(c.photo);
            }
            digest.add(documents::recommendationForm(s, i, photo));
            return digest.hex();
        }
    }
    return std::nullopt;
}

void recordStampedBases(SqliteDatabase& db, const policy::Submission& submission,
                        const std::vector<std::string>& paths) {
    SubmissionStore store(db);
    const FileReader read = [&](const std::string& path) { return store.findFileContents(path); };
    for (const std::string& path : paths) {
        if (const auto basis = stampedBasis(submission, path, read)) {
            store.putStampedBasis(path, *basis);
        }
    }
}

std::function<bool(const std::string& path)> staleScanTest(
    std::map<std::string, std::string> recorded, const policy::Submission& submission,
    const FileReader& read) {
    return [recorded = std::move(recorded), &submission, read](const std::string& path) {
        const auto it = recorded.find(path);
        if (it == recorded.end()) {
            return false;  // stored before bases were kept, or not stored yet: not judged
        }
        const auto now = stampedBasis(submission, path, read);
        return now && *now != it->second;
    };
}

}  // namespace baosong::app
