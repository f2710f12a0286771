#include "flag_output.h"

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
    return item;
}

void printFlag(const policy::ScanFlag& flag, CliContext& ctx) {
    const bool block = flag.severity == policy::FlagSeverity::Block;
    ctx.out << (block ? ctx.say("✗ 阻断", "x block ") : ctx.say("! 复核", "! review")) << "  "
            << flag.id << "  ";
    if (flag.candidate) {
        ctx.out << ctx.say("候选人第 ", "candidate ") << *flag.candidate + 1
                << ctx.say(" 名 ", " ");
    }
    if (!flag.field.empty()) {
        ctx.out << flag.field << " ";
    }
    ctx.out << ctx.say("第 ", "chars ") << flag.start << "–" << flag.end << ctx.say(" 字", "")
            << "  “" << flag.text << "”  [" << flag.category << "] " << flag.message << "\n";
}

void printFlagSummary(const std::vector<policy::ScanFlag>& flags, CliContext& ctx) {
    if (flags.empty()) {
        ctx.out << ctx.say("未发现疑似涉密内容。\n", "no flags.\n");
        return;
    }
    std::size_t block = 0;
    for (const auto& flag : flags) {
        block += flag.severity == policy::FlagSeverity::Block ? 1 : 0;
    }
    ctx.out << ctx.say("共 ", "") << flags.size() << ctx.say(" 处标记，其中 ", " flags, ") << block
            << ctx.say(" 处须阻断；每处都须由保密审查员处理（review resolve）。\n",
                       " blocking; the security reviewer must decide each (review resolve).\n");
}

}  // namespace baosong::cli
