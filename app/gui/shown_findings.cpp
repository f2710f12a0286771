#include "shown_findings.h"

namespace baosong::gui {

std::string formFieldOf(const std::string& field) {
    return field.substr(0, field.find_first_of("[."));
}

void ShownFindings::quiet(std::size_t candidate) {
    quiet_[candidate];
    emit changed();
}

void ShownFindings::reveal(std::size_t candidate, const std::string& field) {
    const auto it = quiet_.find(candidate);
    if (it != quiet_.end() && it->second.insert(formFieldOf(field)).second) {
        emit changed();
    }
}

void ShownFindings::revealAll(std::size_t candidate) {
    if (quiet_.erase(candidate) > 0) {
        emit changed();
    }
}

void ShownFindings::removed(std::size_t candidate) {
    std::map<std::size_t, std::set<std::string>> moved;
    for (auto& [index, fields] : quiet_) {
        if (index != candidate) {
            moved.emplace(index > candidate ? index - 1 : index, std::move(fields));
        }
    }
    quiet_ = std::move(moved);
    emit changed();
}

void ShownFindings::clear() {
    if (!quiet_.empty()) {
        quiet_.clear();
        emit changed();
    }
}

bool ShownFindings::shows(const policy::Finding& finding) const {
    if (!finding.candidate) {
        return true;
    }
    const auto it = quiet_.find(*finding.candidate);
    return it == quiet_.end() || it->second.contains(formFieldOf(finding.field));
}

}  // namespace baosong::gui
