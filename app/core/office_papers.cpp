#include "office_papers.h"

#include "documents/flow_pdf.h"
#include "documents/recommendation_form.h"
#include "store/office_decision_store.h"
#include "store/office_store.h"

namespace baosong::app {

documents::FlowDocument officeForm(policy::Submission submission, std::size_t index,
                                   const std::string& opinion,
                                   const std::optional<std::vector<std::uint8_t>>& photo) {
    submission.candidates.at(index).recommenderOpinion = opinion;
    return documents::recommendationForm(submission, index, photo);
}

CandidatePapers candidatePapers(Vault& vault, const CandidateRef& ref) {
    const LocatedCandidate at = locateCandidate(vault, ref);
    const std::size_t index = ref.number - 1;
    const policy::Candidate& person = at.submission.candidates.at(index);
    OfficeStore office(vault.db());
    std::optional<std::vector<std::uint8_t>> photo;
    if (!person.photo.empty()) {
        photo = office.receivedFile(at.bundle, person.photo);
    }
    std::string opinion;
    if (const auto decided = OfficeDecisionStore(vault.db())
                                 .find(ref.unitId, ref.campaign, at.bundle.revision, index)) {
        opinion = decided->opinion;
    }
    CandidatePapers papers;
    papers.name = person.name;
    papers.formPdf = documents::flowPdf(officeForm(at.submission, index, opinion, photo));
    if (!person.stampedForm.empty()) {
        papers.stamped = office.receivedFile(at.bundle, person.stampedForm);
    }
    return papers;
}

}  // namespace baosong::app
