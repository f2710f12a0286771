#include "finding_json.h"

namespace baosong::policy {

const char* severityName(Severity severity) {
    return severity == Severity::Error ? "error" : "warning";
}

nlohmann::ordered_json toJson(const Finding& finding) {
    using nlohmann::ordered_json;
    ordered_json item;
    item["code"] = finding.code;
    item["severity"] = severityName(finding.severity);
    item["candidate"] = finding.candidate ? ordered_json(*finding.candidate) : ordered_json();
    item["field"] = finding.field.empty() ? ordered_json() : ordered_json(finding.field);
    item["message"] = finding.message;
    item["message_en"] = finding.messageEn;
    return item;
}

nlohmann::ordered_json toJson(const Findings& findings) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Finding& f : findings) {
        out.push_back(toJson(f));
    }
    return out;
}

nlohmann::ordered_json toJson(const CheckReport& report) {
    nlohmann::ordered_json doc;
    doc["ok"] = report.ok();
    doc["rules"] = report.rules;
    doc["findings"] = toJson(report.findings);
    return doc;
}

}  // namespace baosong::policy
