// Test data and temp-file helpers for the store tests.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>

#include "core/model.hpp"

namespace air::testing {

// A folder under the system temp dir, removed with everything in it at the end of the scope.
class TempDir {
public:
    TempDir() {
        std::random_device rd;
        std::ostringstream name;
        name << "air-store-test-" << std::hex << rd() << rd();
        m_path = std::filesystem::temp_directory_path() / name.str();
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (m_path / name).string(); }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// An activity with every field set to a non-default value.
inline Activity fullActivity(const std::string& id = "a-full") {
    Activity a;
    a.id = id;
    a.name = "Lead scoring — é ë € 😀";
    a.description = "Scores leads from CRM and web behaviour.\nSecond line; 'quotes' \"too\"";
    a.purpose = "Prioritise sales follow-up";
    a.owner = "Marketing Ops";
    a.vendor = "ScoreCo";
    a.retention = "24 months";
    a.human_oversight = "Sales lead reviews weekly";
    a.bias_monitoring = "Quarterly check by segment";
    a.notes = "Some notes";
    a.application = "lead_scoring";
    a.lifecycle = Lifecycle::Production;
    a.ai_act_role = AiActRole::Provider;
    a.data_subjects = {DataSubject::Customers, DataSubject::Prospects, DataSubject::Children};
    a.data_categories = {DataCategory::Contact, DataCategory::Behavioural, DataCategory::Health,
                         DataCategory::Criminal};
    a.legal_basis = LegalBasis::LegitimateInterests;
    a.art9_condition = Art9Condition::ExplicitConsent;
    a.lia_documented = true;
    a.transparency_notice = true;
    a.opt_out = true;
    a.content_rights_checked = true;
    a.personal_data = false;  // every field away from its default
    a.consent_explicit = true;
    a.recipients = "Tax authority; auditors";
    a.security_measures = "Encryption at rest, MFA, access logging";
    Screening s;
    for (const ScreeningFlag& f : kScreeningFlags) s.*(f.member) = true;
    s.narrow_procedural_task = false;  // a mix of true and false
    s.annex_iii = AnnexIII::Creditworthiness;
    a.screening = s;
    Processor p1;
    p1.name = "ScoreCo BV";
    p1.dpa_signed = true;
    p1.outside_eu = true;
    p1.transfer_safeguard = TransferSafeguard::Scc;
    p1.certifications = {Certification::Iso27001, Certification::Soc2};
    p1.reuses_data_for_training = TrainingReuse::No;
    p1.extra = R"({"region": "us-east", "n": [1, 2]})";
    p1.role = VendorRole::JointController;
    p1.country = "United States";
    Processor p2;
    p2.name = "Cloud Inc";
    p2.reuses_data_for_training = TrainingReuse::Yes;
    p2.certifications = {Certification::Soc2};
    a.processors = {p1, p2};
    a.dpia = DpiaStatus::Planned;
    a.review.status = ReviewStatus::ChangesRequested;
    a.review.reviewer = "J. Jansen (Legal)";
    a.review.reviewed_at = "2026-11-20";
    a.review.next_review = "2027-05-20";
    a.created_at = "2026-11-01T08:00:00Z";
    a.updated_at = "2026-11-24T16:30:00Z";
    a.extra = R"({ "x_custom":  {"keep": "me"},  "list": [true, null] })";
    return a;
}

inline Workshop fullWorkshop(const std::string& id = "w-1") {
    Workshop w;
    w.id = id;
    w.title = "Ethics session Q4";
    w.date = "2026-12-01";
    w.facilitator = "A. de Vries";
    w.activity_ids = {"a-full", "a-other", "a-missing"};
    w.votes = {{"a-full", Principle::Fairness, 3, 2, 1}, {"a-full", Principle::Trust, 0, 0, 5}};
    w.notes = {{"a-full", Principle::Privacy, "Too much data?"}, {"a-other", Principle::Honesty, ""}};
    w.actions = {{"a-full", "Check opt-out", "Piet", "2027-01-15", true},
                 {"a-other", "Write notice", "", "", false}};
    w.extra = R"({"room": "3.14"})";
    return w;
}

}  // namespace air::testing
