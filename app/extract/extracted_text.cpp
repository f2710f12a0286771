#include "extracted_text.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace baosong::app::extract {

namespace {
// Boxes are kept to 1/10000 of the page: finer than any screen shows, and short in JSON.
constexpr double kScale = 10000.0;

nlohmann::json boxJson(const PageBox& b) {
    return {std::lround(b.x * kScale), std::lround(b.y * kScale), std::lround(b.width * kScale),
            std::lround(b.height * kScale)};
}

}  // namespace

PageBox PageBox::united(const PageBox& other) const {
    if (empty()) {
        return other;
    }
    if (other.empty()) {
        return *this;
    }
    const double left = std::min(x, other.x);
    const double top = std::min(y, other.y);
    const double right = std::max(x + width, other.x + other.width);
    const double bottom = std::max(y + height, other.y + other.height);
    return {left, top, right - left, bottom - top};
}

std::optional<PageBox> TextPiece::boxOf(std::size_t start, std::size_t end) const {
    PageBox box;
    for (const TextRun& run : runs) {
        if (run.end > start && run.start < end) {
            box = box.united(run.box);
        }
    }
    if (box.empty()) {
        return std::nullopt;
    }
    return box;
}

std::string ExtractedText::json() const {
    nlohmann::json list = nlohmann::json::array();
    for (const TextPiece& p : pieces) {
        nlohmann::json runs = nlohmann::json::array();
        for (const TextRun& r : p.runs) {
            nlohmann::json run = {r.start, r.end};
            for (const auto& v : boxJson(r.box)) {
                run.push_back(v);
            }
            runs.push_back(std::move(run));
        }
        list.push_back({{"page", p.page},
                        {"part", p.part},
                        {"ocr", p.ocr},
                        {"complete", p.complete},
                        {"text", p.text},
                        {"runs", std::move(runs)}});
    }
    return nlohmann::json{{"pieces", std::move(list)}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<ExtractedText> ExtractedText::parse(std::string_view json, Boxes boxes) {
    using Event = nlohmann::json::parse_event_t;
    // A key the callback refuses is dropped with its value, which is then never built.
    const auto doc = boxes == Boxes::Read
                         ? nlohmann::json::parse(json, nullptr, false)
                         : nlohmann::json::parse(
                               json,
                               [](int /*depth*/, Event event, nlohmann::json& parsed) {
                                   return event != Event::key || parsed != "runs";
                               },
                               false);
    if (doc.is_discarded() || !doc.is_object()) {
        return std::nullopt;
    }
    try {
        ExtractedText out;
        for (const auto& p : doc.at("pieces")) {
            TextPiece piece;
            piece.page = p.at("page").get<int>();
            piece.part = p.at("part").get<std::string>();
            piece.ocr = p.at("ocr").get<bool>();
            piece.complete = p.at("complete").get<bool>();
            piece.text = p.at("text").get<std::string>();
            const auto& runs = boxes == Boxes::Read ? p.at("runs") : nlohmann::json::array();
            piece.runs.reserve(runs.size());
            for (const auto& r : runs) {
                // Read in place: a page of OCR holds thousands of runs, and a copy of each
                // box as its own JSON array made parsing most of a seal's review check.
                const auto at = [&r](std::size_t i) { return r.at(i).get<double>() / kScale; };
                piece.runs.push_back({r.at(0).get<std::size_t>(), r.at(1).get<std::size_t>(),
                                      PageBox{at(2), at(3), at(4), at(5)}});
            }
            out.pieces.push_back(std::move(piece));
        }
        return out;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

std::optional<bool> ExtractedText::readWhole(std::string_view json) {
    using Event = nlohmann::json::parse_event_t;
    // A key the callback refuses is dropped with its value, which is then never built.
    const auto doc = nlohmann::json::parse(
        json,
        [](int /*depth*/, Event event, nlohmann::json& parsed) {
            return event != Event::key || (parsed != "runs" && parsed != "text");
        },
        false);
    if (doc.is_discarded() || !doc.is_object()) {
        return std::nullopt;
    }
    try {
        bool whole = true;
        for (const auto& p : doc.at("pieces")) {
            whole = whole && p.at("complete").get<bool>();
        }
        return whole;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

}  // namespace baosong::app::extract
