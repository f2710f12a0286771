#include "submission_json.h"

#include <nlohmann/json.hpp>

#include <array>

#include "parse_error.h"
#include "strict_json.h"

namespace baosong::policy {

namespace {
using nlohmann::ordered_json;

constexpr std::array<std::string_view, 4> kChannels = {"defense_unit", "league_city",
                                                       "regional_society", "regional_institution"};
constexpr std::array<std::string_view, 5> kIdentities = {
    "staff", "active_military", "civil_servant", "civil_servant_managed", "kexie_fulltime"};
constexpr std::array<std::string_view, 2> kGenders = {"男", "女"};

std::string indexPath(const std::string& arrayPath, std::size_t i) {
    return arrayPath + "[" + std::to_string(i) + "]";
}

HistoryEntry readHistory(StrictObject o) {
    HistoryEntry h;
    h.from = o.string("from");
    h.to = o.string("to");
    h.unit = o.string("unit");
    h.work = o.text("work");
    o.finish();
    return h;
}

Candidate readCandidate(StrictObject o, bool withStamped) {
    Candidate c;
    c.name = o.string("name");
    c.gender = o.oneOf("gender", kGenders);
    c.ethnicity = o.string("ethnicity");
    c.birth = o.string("birth");
    c.nativePlace = o.string("native_place");
    c.politicalStatus = o.string("political_status");
    c.education = o.string("education");
    c.degree = o.string("degree");
    c.school = o.string("school");
    c.major = o.string("major");
    c.employer = o.string("employer");
    c.position = o.string("position");
    c.title = o.string("title");
    c.officePhone = o.string("office_phone");
    c.mobile = o.string("mobile");
    c.email = o.string("email");
    c.address = o.string("address");
    c.postcode = o.string("postcode");
    c.areas = o.strings("areas");
    c.discipline = o.string("discipline");
    c.specialty = o.string("specialty");
    if (o.has("identity")) {
        c.identity = o.oneOf("identity", kIdentities);
    }
    {
        StrictObject h = o.object("honors");
        c.honors.national = h.boolean("national");
        c.honors.zuimeiNational = h.boolean("zuimei_national");
        c.honors.zuimeiNmg = h.boolean("zuimei_nmg");
        c.honors.notes = h.text("notes");
        h.finish();
    }
    const auto& history = o.array("history");
    for (std::size_t i = 0; i < history.size(); ++i) {
        c.history.push_back(
            readHistory(StrictObject(history[i], indexPath(o.pathOf("history"), i))));
    }
    c.deeds = o.text("deeds");
    c.stories = o.texts("stories");
    c.photo = o.string("photo");
    c.lifePhotos = o.strings("life_photos");
    c.declarationSigned = o.boolean("declaration_signed");
    c.unitOpinion = o.text("unit_opinion");
    c.recommenderOpinion = o.text("recommender_opinion");
    c.attachments = o.strings("attachments");
    if (withStamped) {
        c.stampedForm = o.string("stamped_form");
    }
    o.finish();
    return c;
}

ordered_json writeCandidate(const Candidate& c) {
    ordered_json history = ordered_json::array();
    for (const HistoryEntry& h : c.history) {
        history.push_back({{"from", h.from}, {"to", h.to}, {"unit", h.unit}, {"work", h.work}});
    }
    ordered_json o;
    o["name"] = c.name;
    o["gender"] = c.gender;
    o["ethnicity"] = c.ethnicity;
    o["birth"] = c.birth;
    o["native_place"] = c.nativePlace;
    o["political_status"] = c.politicalStatus;
    o["education"] = c.education;
    o["degree"] = c.degree;
    o["school"] = c.school;
    o["major"] = c.major;
    o["employer"] = c.employer;
    o["position"] = c.position;
    o["title"] = c.title;
    o["office_phone"] = c.officePhone;
    o["mobile"] = c.mobile;
    o["email"] = c.email;
    o["address"] = c.address;
    o["postcode"] = c.postcode;
    o["areas"] = c.areas;
    o["discipline"] = c.discipline;
    o["specialty"] = c.specialty;
    o["identity"] = c.identity;
    o["honors"] = {{"national", c.honors.national},
                   {"zuimei_national", c.honors.zuimeiNational},
                   {"zuimei_nmg", c.honors.zuimeiNmg},
                   {"notes", c.honors.notes}};
    o["history"] = history;
    o["deeds"] = c.deeds;
    o["stories"] = c.stories;
    o["photo"] = c.photo;
    o["life_photos"] = c.lifePhotos;
    o["declaration_signed"] = c.declarationSigned;
    o["unit_opinion"] = c.unitOpinion;
    o["recommender_opinion"] = c.recommenderOpinion;
    o["attachments"] = c.attachments;
    o["stamped_form"] = c.stampedForm;
    return o;
}
}  // namespace

Submission parseSubmission(std::string_view json) {
    const nlohmann::json doc = parseStrictJson(json);
    StrictObject root(doc, "");
    Submission s;
    const std::string format = root.string("format");
    if (format != kSubmissionFormat && format != kSubmissionFormatV1) {
        throw ParseError(root.has("format") ? "invalid_value" : "missing_key", "format",
                         std::string("应为 \"") + kSubmissionFormat + "\"（或旧版 \"" +
                             kSubmissionFormatV1 + "\"），不是 baosong 报送数据");
    }
    // Format 1 has no stamped scans: their keys there are unknown, as a reader of format 1
    // would find them. What was read is held, and written again, as the current format.
    const bool withStamped = format == kSubmissionFormat;
    s.campaign = root.string("campaign");
    s.channel = root.oneOf("channel", kChannels);
    {
        StrictObject unit = root.object("unit");
        s.unit.name = unit.string("name");
        s.unit.id = unit.string("id");
        StrictObject contact = unit.object("contact");
        s.unit.contact.name = contact.string("name");
        s.unit.contact.phone = contact.string("phone");
        s.unit.contact.email = contact.string("email");
        contact.finish();
        unit.finish();
    }
    s.date = root.string("date");
    s.revision = root.has("revision") ? root.integer("revision") : 1;
    if (s.revision < 1) {
        throw ParseError("invalid_value", "revision", "版本号必须是不小于 1 的整数");
    }
    s.report = root.text("report");
    const auto& candidates = root.array("candidates");
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        s.candidates.push_back(
            readCandidate(StrictObject(candidates[i], indexPath("candidates", i)), withStamped));
    }
    s.grants = root.strings("grants");
    if (withStamped) {
        StrictObject stamped = root.object("stamped");
        s.stamped.summary = stamped.string("summary");
        s.stamped.report = stamped.string("report");
        stamped.finish();
    }
    root.finish();
    return s;
}

std::string toJson(const Submission& s) {
    ordered_json o;
    o["format"] = kSubmissionFormat;
    o["campaign"] = s.campaign;
    o["channel"] = s.channel;
    o["unit"] = {{"name", s.unit.name},
                 {"id", s.unit.id},
                 {"contact",
                  {{"name", s.unit.contact.name},
                   {"phone", s.unit.contact.phone},
                   {"email", s.unit.contact.email}}}};
    o["date"] = s.date;
    o["revision"] = s.revision;
    o["report"] = s.report;
    o["candidates"] = ordered_json::array();
    for (const Candidate& c : s.candidates) {
        o["candidates"].push_back(writeCandidate(c));
    }
    o["grants"] = s.grants;
    o["stamped"] = {{"summary", s.stamped.summary}, {"report", s.stamped.report}};
    return o.dump(2) + "\n";
}

}  // namespace baosong::policy
