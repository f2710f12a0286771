#include "flow_document.h"

namespace baosong::app::documents {

Cell labelCell(const std::string& text, int span) {
    return {{{text, true, 21, Align::Center}}, span};
}

Cell valueCell(const std::string& text, int span, Align align) {
    return {{{text, false, 21, align}}, span};
}

}  // namespace baosong::app::documents
