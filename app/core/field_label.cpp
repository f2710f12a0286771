#include "field_label.h"

#include <regex>

namespace baosong::app {

Text storyLabel(std::size_t index) {
    // The notice asks for one or two stories (附件1: 感人故事（1—2个）); a rule set may allow a
    // third. Past that the number is written in figures.
    switch (index) {
        case 0:
            return Text("field_label_story_1");
        case 1:
            return Text("field_label_story_2");
        case 2:
            return Text("field_label_story_3");
        default:
            return Text("field_label_story_n").with("number", std::to_string(index + 1));
    }
}

Text fieldLabel(const std::string& field) {
    static const std::pair<const char*, const char*> plain[] = {
        {"employer", "field_label_employer"},
        {"position", "field_label_position"},
        {"address", "field_label_address"},
        {"specialty", "field_label_specialty"},
        {"honors.notes", "field_label_honors_notes"},
        {"deeds", "field_label_deeds"},
        {"unit_opinion", "field_label_unit_opinion"},
        {"recommender_opinion", "field_label_recommender_opinion"},
        {"report", "field_label_report"},
    };
    for (const auto& [key, label] : plain) {
        if (field == key) {
            return Text(label);
        }
    }
    static const std::regex story(R"(^stories\[(\d{1,3})\]$)");
    static const std::regex history(R"(^history\[(\d{1,3})\]\.(unit|work)$)");
    std::smatch m;
    if (std::regex_match(field, m, story)) {
        return storyLabel(std::stoul(m[1].str()));
    }
    if (std::regex_match(field, m, history)) {
        return Text(m[2].str() == "unit" ? "field_label_history_unit" : "field_label_history_work")
            .with("row", std::to_string(std::stoul(m[1].str()) + 1));
    }
    return Text("field_label_unknown").with("field", field);
}

Text candidateLabel(const policy::Submission& submission, std::size_t index) {
    const std::string& name =
        index < submission.candidates.size() ? submission.candidates[index].name : std::string();
    return name.empty()
               ? Text("field_label_candidate_unnamed").with("number", std::to_string(index + 1))
               : Text("field_label_candidate_named").with("name", name);
}

}  // namespace baosong::app
