#include "flow_document.h"

namespace baosong::app::documents {

Cell labelCell(const std::string& text, int span) {
    return {{{text, true, 21, Align::Center}}, span};
}

Cell valueCell(const std::string& text, int span, Align align) {
    return {{{text, false, 21, align}}, span};
}

Text textLine(const std::string& text, int halfPoints, Align align, bool bold) {
    return {text, bold, halfPoints, align};
}

Text attachmentLabel(const std::string& text) {
    return {text, false, 32, Align::Left, false, Face::Hei};
}

Row keyRow(const std::string& label, const std::string& value, int halfPoints) {
    Cell value_{{textLine(value, halfPoints, Align::Left)}};
    return {{labelCell(label), value_}, true, 700};
}

}  // namespace baosong::app::documents
