#include "strict_json.h"

#include "parse_error.h"

namespace baosong::policy {

namespace {
using nlohmann::json;

const json& emptyObject() {
    static const json value = json::object();
    return value;
}
const json& emptyArray() {
    static const json value = json::array();
    return value;
}

std::string typeName(const json& value) {
    switch (value.type()) {
        case json::value_t::object:
            return "对象";
        case json::value_t::array:
            return "数组";
        case json::value_t::string:
            return "字符串";
        case json::value_t::boolean:
            return "true/false";
        case json::value_t::null:
            return "null";
        case json::value_t::number_integer:
        case json::value_t::number_unsigned:
            return "整数";
        case json::value_t::number_float:
            return "小数";
        default:
            return "未知类型";
    }
}

ParseError wrongType(const std::string& path, const char* expected, const json& actual) {
    return ParseError("wrong_type", path,
                      std::string("类型错误：应为") + expected + "，实为" + typeName(actual));
}

// Tracks the position inside the document while nlohmann's parser reports events, so that
// a duplicate key can be named by its full path.
class DuplicateKeyGuard {
  public:
    bool onEvent(json::parse_event_t event, const json& parsed) {
        switch (event) {
            case json::parse_event_t::object_start:
            case json::parse_event_t::array_start:
                // A submission is six levels deep; a file nested far deeper is an attack on
                // memory, not a nomination.
                if (frames_.size() >= kMaxDepth) {
                    throw ParseError(
                        "too_deep", currentPath(),
                        "嵌套层数超过 " + std::to_string(kMaxDepth) + " 层，不是有效的报送数据");
                }
                frames_.push_back({event == json::parse_event_t::object_start});
                break;
            case json::parse_event_t::object_end:
            case json::parse_event_t::array_end:
                frames_.pop_back();
                elementDone();  // the object or array was one element of its parent
                break;
            case json::parse_event_t::key: {
                Frame& top = frames_.back();
                const auto& key = parsed.get_ref<const std::string&>();
                top.key = key;
                if (!top.keys.insert(key).second) {
                    throw ParseError("duplicate_key", currentPath(),
                                     "键重复出现（重复的键会使前一个值被悄悄丢弃）");
                }
                break;
            }
            case json::parse_event_t::value:
                // Reported for scalars only: compound values end with *_end above.
                if (!parsed.is_structured()) {
                    elementDone();
                }
                break;
        }
        return true;
    }

    // Where the parser is: "candidates[1].birth".
    std::string currentPath() const {
        std::string path;
        for (const Frame& f : frames_) {
            if (f.isObject) {
                path += (path.empty() ? "" : ".") + f.key;
            } else {
                path += "[" + std::to_string(f.index) + "]";
            }
        }
        return path;
    }

  private:
    struct Frame {
        bool isObject;
        std::set<std::string> keys{};
        std::string key{};
        std::size_t index = 0;
    };
    static constexpr std::size_t kMaxDepth = 32;
    void elementDone() {
        if (!frames_.empty() && !frames_.back().isObject) {
            ++frames_.back().index;
        }
    }
    std::vector<Frame> frames_;
};
}  // namespace

json parseStrictJson(std::string_view text) {
    if (text.size() > kMaxDocumentBytes) {
        throw ParseError("too_large", "",
                         "文件过大（超过 " + std::to_string(kMaxDocumentBytes >> 20) +
                             " MiB），不是有效的报送数据");
    }
    if (text.starts_with("\xEF\xBB\xBF")) {
        throw ParseError("bom", "", "文件以 UTF-8 BOM 开头；请另存为不带 BOM 的 UTF-8");
    }
    DuplicateKeyGuard guard;
    try {
        return json::parse(text, [&guard](int, json::parse_event_t event, json& parsed) {
            return guard.onEvent(event, parsed);
        });
    } catch (const json::parse_error& e) {
        throw ParseError("json_syntax", "",
                         "不是有效的 JSON（第 " + std::to_string(e.byte) +
                             " 字节附近；编码须为 UTF-8）：" + e.what());
    } catch (const json::out_of_range&) {
        // A number beyond a double, such as 1e999: valid JSON, but RFC 8259 §6 lets a
        // parser limit the range, and nlohmann refuses it with out_of_range (406), not
        // parse_error.
        throw ParseError("invalid_value", guard.currentPath(), "数值超出可表示的范围");
    }
}

StrictObject::StrictObject(const json& value, std::string path)
    : value_(value), path_(std::move(path)) {
    if (!value_.is_object()) {
        throw wrongType(path_, "对象", value_);
    }
}

std::string StrictObject::pathOf(const char* key) const {
    return path_.empty() ? std::string(key) : path_ + "." + key;
}

bool StrictObject::has(const char* key) const {
    return value_.contains(key);
}

std::vector<std::string> StrictObject::memberNames() const {
    std::vector<std::string> names;
    for (const auto& [key, unused] : value_.items()) {
        names.push_back(key);
    }
    return names;
}

const json* StrictObject::member(const char* key) {
    seen_.insert(key);
    const auto it = value_.find(key);
    return it == value_.end() ? nullptr : &*it;
}

namespace {
void requireNoControls(const std::string& value, const std::string& path, TextKind kind) {
    if (const auto found = forbiddenCharacter(value, kind)) {
        throw ParseError(
            "control_character", path,
            "含有控制字符 " + *found +
                (kind == TextKind::Line ? "（本项只能是一行文字）" : "（只允许换行和制表符）") +
                "；请删去后重新导入");
    }
}
}  // namespace

std::string StrictObject::checkedString(const char* key, TextKind kind) {
    const json* v = member(key);
    if (v == nullptr) {
        return {};
    }
    if (!v->is_string()) {
        throw wrongType(pathOf(key), "字符串", *v);
    }
    std::string value = v->get<std::string>();
    requireNoControls(value, pathOf(key), kind);
    return value;
}

std::string StrictObject::string(const char* key) {
    return checkedString(key, TextKind::Line);
}

std::string StrictObject::text(const char* key) {
    return checkedString(key, TextKind::Prose);
}

bool StrictObject::boolean(const char* key) {
    const json* v = member(key);
    if (v == nullptr) {
        return false;
    }
    if (!v->is_boolean()) {
        throw wrongType(pathOf(key), "true/false", *v);
    }
    return v->get<bool>();
}

long long StrictObject::integer(const char* key) {
    const json* v = member(key);
    if (v == nullptr) {
        throw ParseError("missing_key", pathOf(key), "缺少必填的键");
    }
    if (!v->is_number_integer()) {
        throw wrongType(pathOf(key), "整数", *v);
    }
    if (v->is_number_unsigned() && v->get<unsigned long long>() > 0x7fffffffffffffffULL) {
        throw ParseError("invalid_value", pathOf(key), "数值过大");
    }
    return v->get<long long>();
}

double StrictObject::number(const char* key) {
    const json* v = member(key);
    if (v == nullptr) {
        throw ParseError("missing_key", pathOf(key), "缺少必填的键");
    }
    if (!v->is_number()) {
        throw wrongType(pathOf(key), "数值", *v);
    }
    return v->get<double>();
}

std::vector<std::string> StrictObject::checkedStrings(const char* key, TextKind kind) {
    const json& arr = array(key);
    std::vector<std::string> out;
    out.reserve(arr.size());
    for (std::size_t i = 0; i < arr.size(); ++i) {
        const std::string path = pathOf(key) + "[" + std::to_string(i) + "]";
        if (!arr[i].is_string()) {
            throw wrongType(path, "字符串", arr[i]);
        }
        out.push_back(arr[i].get<std::string>());
        requireNoControls(out.back(), path, kind);
    }
    return out;
}

std::vector<std::string> StrictObject::strings(const char* key) {
    return checkedStrings(key, TextKind::Line);
}

std::vector<std::string> StrictObject::texts(const char* key) {
    return checkedStrings(key, TextKind::Prose);
}

StrictObject StrictObject::object(const char* key) {
    const json* v = member(key);
    return {v == nullptr ? emptyObject() : *v, pathOf(key)};
}

const json& StrictObject::array(const char* key) {
    const json* v = member(key);
    if (v == nullptr) {
        return emptyArray();
    }
    if (!v->is_array()) {
        throw wrongType(pathOf(key), "数组", *v);
    }
    return *v;
}

std::string StrictObject::oneOf(const char* key, std::span<const std::string_view> allowed) {
    std::string value = string(key);
    if (value.empty()) {
        return value;
    }
    std::string list;
    for (std::string_view a : allowed) {
        if (value == a) {
            return value;
        }
        list += (list.empty() ? "" : "、") + std::string(a);
    }
    throw ParseError("invalid_value", pathOf(key), "取值“" + value + "”无效，应为：" + list);
}

void StrictObject::finish() const {
    for (const auto& [key, unused] : value_.items()) {
        if (!seen_.contains(key)) {
            throw ParseError("unknown_key", pathOf(key.c_str()),
                             "未知的键（可能是拼写错误；为免数据被悄悄丢弃，整个文件不予接受）");
        }
    }
}

}  // namespace baosong::policy
