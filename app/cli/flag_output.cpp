#include "flag_output.h"

#include <cmath>

#include "core/field_label.h"

namespace baosong::cli {

nlohmann::ordered_json flagJson(const policy::ScanFlag& flag) {
    using nlohmann::ordered_json;
    ordered_json item;
    item["id"] = flag.id;
    item["category"] = flag.category;
    item["severity"] = policy::severityName(flag.severity);
    item["candidate"] = flag.candidate ? ordered_json(*flag.candidate) : ordered_json();
    item["field"] = flag.field.empty() ? ordered_json() : ordered_json(flag.field);
    item["start"] = flag.start;
    item["end"] = flag.end;
    item["text"] = flag.text;
    item["rule"] = flag.rule;
    item["message"] = flag.message;
    item["message_en"] = flag.messageEn;
    if (flag.location) {
        const policy::FlagLocation& at = *flag.location;
        ordered_json location;
        location["item"] = at.item;
        location["path"] = at.path;
        location["page"] = at.page > 0 ? ordered_json(at.page) : ordered_json();
        location["part"] = at.part.empty() ? ordered_json() : ordered_json(at.part);
        location["ocr"] = at.ocr;
        if (at.box) {
            ordered_json box = ordered_json::array();
            for (const double v : *at.box) {
                box.push_back(std::round(v * 10000.0) / 10000.0);
            }
            location["box"] = box;
        } else {
            location["box"] = nullptr;
        }
        item["location"] = location;
    }
    return item;
}

void printFlag(const policy::ScanFlag& flag, const policy::Submission& scanned, CliContext& ctx) {
    const bool block = flag.severity == policy::FlagSeverity::Block;
    ctx.out << ctx.say(block ? "cli_flag_block" : "cli_flag_review") << "  " << flag.id << "  ";
    if (flag.candidate) {
        ctx.out << ctx.say(app::candidateLabel(scanned, static_cast<std::size_t>(*flag.candidate)))
                << " ";
    }
    if (flag.location) {
        const policy::FlagLocation& at = *flag.location;
        ctx.out << ctx.say(at.page > 0 ? app::Text("cli_flag_file_page")
                                             .with("path", at.path)
                                             .with("page", std::to_string(at.page))
                                       : app::Text("cli_flag_file_part")
                                             .with("path", at.path)
                                             .with("part", at.part))
                << (at.ocr ? ctx.say("cli_flag_ocr") : "") << " ";
    } else if (!flag.field.empty()) {
        ctx.out << ctx.say(app::fieldLabel(flag.field)) << " ";
    }
    ctx.out << ctx.say(app::Text("cli_flag_span")
                           .with("start", std::to_string(flag.start))
                           .with("end", std::to_string(flag.end)))
            << "  “" << flag.text << "”  [" << flag.category << "] " << ctx.saidIn(flag) << "\n";
}

void printFlagSummary(const std::vector<policy::ScanFlag>& flags, CliContext& ctx) {
    if (flags.empty()) {
        ctx.out << ctx.say("cli_flags_none") << "\n";
        return;
    }
    std::size_t block = 0;
    for (const auto& flag : flags) {
        block += flag.severity == policy::FlagSeverity::Block ? 1 : 0;
    }
    ctx.out << ctx.say(app::Text("cli_flags_summary")
                           .with("flags", std::to_string(flags.size()))
                           .with("blocking", std::to_string(block)))
            << "\n";
}

}  // namespace baosong::cli
