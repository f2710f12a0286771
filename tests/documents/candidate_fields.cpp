#include "candidate_fields.h"

namespace baosong::test {

std::vector<std::string> candidateFields(const policy::Candidate& c) {
    std::vector<std::string> fields = {c.name,
                                       c.gender,
                                       c.ethnicity,
                                       c.nativePlace,
                                       c.politicalStatus,
                                       c.education,
                                       c.degree,
                                       c.school,
                                       c.major,
                                       c.title,
                                       c.officePhone,
                                       c.mobile,
                                       c.email,
                                       c.postcode,
                                       c.address,
                                       c.employer,
                                       c.position,
                                       c.unitOpinion,
                                       c.recommenderOpinion};
    for (const auto& h : c.history) {
        fields.push_back(h.unit);
        fields.push_back(h.work);
    }
    return fields;
}

}  // namespace baosong::test
