// Shared test data for the CSV and report tests: a small fixed register (timestamps fixed)
// and golden-file comparison. Declared where used (csv_test.cpp, report_test.cpp):
//   namespace iotest { air::Register sampleRegister(); void checkGolden(name, actual); }
#include <catch_amalgamated.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "core/model.hpp"

namespace iotest {

using namespace air;

// Five activities, one per AI Act tier, that between them use every field, every value kind
// and the characters that need care in CSV (separators, quotes, line breaks, formula starts)
// and HTML.
Register sampleRegister() {
    Register reg;
    reg.organisation = "Voorbeeld & Zonen B.V.";
    reg.exported_at = "2026-11-25T09:00:00Z";

    Activity lead;
    lead.id = "3f0c9a52-1d2e-4b7a-9c1e-000000000001";
    lead.name = "Lead scoring; \"hot\" leads";
    lead.description = "Scores inbound leads, line one\nline two, with € and é";
    lead.purpose = "Prioritise sales follow-up";
    lead.owner = "Marketing Ops";
    lead.vendor = "ScoreCo";
    lead.retention = "24 months";
    lead.human_oversight = "Sales lead reviews every score above 80";
    lead.bias_monitoring = "";
    lead.notes = "=HYPERLINK(\"x\") should stay text";
    lead.application = "lead_scoring";
    lead.lifecycle = Lifecycle::Production;
    lead.ai_act_role = AiActRole::Deployer;
    lead.data_subjects = {DataSubject::Prospects, DataSubject::Customers};
    lead.data_categories = {DataCategory::Contact, DataCategory::Behavioural, DataCategory::Health};
    lead.legal_basis = LegalBasis::LegitimateInterests;
    lead.art9_condition = Art9Condition::ExplicitConsent;
    lead.lia_documented = true;
    lead.transparency_notice = true;
    lead.opt_out = false;
    lead.content_rights_checked = false;
    Screening s;
    s.profiling = true;
    s.evaluation_scoring = true;
    s.large_scale = true;
    s.direct_marketing = true;
    s.combines_datasets = true;
    lead.screening = s;
    Processor p1;
    p1.name = "ScoreCo Inc.";
    p1.dpa_signed = true;
    p1.outside_eu = true;
    p1.transfer_safeguard = TransferSafeguard::Scc;
    p1.certifications = {Certification::Iso27001, Certification::Soc2};
    p1.reuses_data_for_training = TrainingReuse::No;
    Processor p2;
    p2.name = "-Cheap Hosting";
    p2.dpa_signed = false;
    p2.outside_eu = true;
    p2.reuses_data_for_training = TrainingReuse::Unknown;
    lead.processors = {p1, p2};
    lead.dpia = DpiaStatus::Planned;
    lead.review = {ReviewStatus::Approved, "M. de Vries", "2026-10-01", "2027-04-01"};
    lead.created_at = "2026-09-01T08:30:00Z";
    lead.updated_at = "2026-10-01T12:00:00Z";
    reg.activities.push_back(lead);

    Activity bot;
    bot.id = "chatbot-2";
    bot.name = "Website chatbot";
    bot.purpose = "Answer product questions";
    bot.owner = "Web team";
    bot.application = "chatbot";
    bot.lifecycle = Lifecycle::Pilot;
    bot.data_subjects = {DataSubject::WebsiteVisitors};
    bot.data_categories = {DataCategory::Communications};
    bot.legal_basis = LegalBasis::LegitimateInterests;
    bot.review.status = ReviewStatus::InReview;
    bot.created_at = "2026-11-01T10:00:00Z";
    bot.updated_at = "2026-11-02T10:00:00Z";
    reg.activities.push_back(bot);

    Activity emo;
    emo.id = "emo-3";
    emo.name = "Emotion analytics in store staff videos";
    emo.description = "Measures staff mood from camera images";
    emo.purpose = "+ improve service";
    emo.owner = "Retail marketing";
    emo.vendor = "MoodSense";
    emo.retention = "@once";
    emo.application = "emotion_recognition_media";
    emo.lifecycle = Lifecycle::Idea;
    emo.ai_act_role = AiActRole::Provider;
    emo.data_subjects = {DataSubject::Employees};
    emo.data_categories = {DataCategory::ImagesVoice, DataCategory::Biometric, DataCategory::Criminal};
    emo.legal_basis = LegalBasis::Consent;
    emo.transparency_notice = false;
    emo.content_rights_checked = true;
    Screening e;
    e.emotion_recognition = true;
    e.workplace_or_education = true;
    e.systematic_monitoring = true;
    e.innovative_technology = true;
    e.annex_iii = AnnexIII::Employment;
    emo.screening = e;
    Processor p3;
    p3.name = "MoodSense GmbH";
    p3.dpa_signed = true;
    p3.reuses_data_for_training = TrainingReuse::Yes;
    emo.processors = {p3};
    emo.review.status = ReviewStatus::ChangesRequested;
    emo.review.reviewer = "J. Jansen";
    emo.review.reviewed_at = "2026-11-20";
    emo.created_at = "2026-11-10T09:00:00Z";
    emo.updated_at = "2026-11-20T16:45:00Z";
    reg.activities.push_back(emo);

    Activity credit;
    credit.id = "credit-4";
    credit.name = "Buy-now-pay-later offer targeting";
    credit.description = "Decides which customers see a pay-later offer, based on a credit score";
    credit.purpose = "Offer deferred payment to customers who can afford it";
    credit.owner = "E-commerce";
    credit.vendor = "CreditCheck";
    credit.retention = "12 months after the last order";
    credit.human_oversight = "Credit team samples 5% of refusals weekly";
    credit.bias_monitoring = "Quarterly check of refusal rates by postcode";
    credit.application = "credit_offer_targeting";
    credit.lifecycle = Lifecycle::Pilot;
    credit.data_subjects = {DataSubject::Customers};
    credit.data_categories = {DataCategory::Financial, DataCategory::PurchaseHistory};
    credit.legal_basis = LegalBasis::Contract;
    credit.transparency_notice = true;
    credit.opt_out = true;
    Screening c;
    c.profiling = true;
    c.evaluation_scoring = true;
    c.automated_decision = true;
    c.human_review = true;
    c.annex_iii = AnnexIII::Creditworthiness;
    credit.screening = c;
    Processor p4;
    p4.name = "CreditCheck B.V.";
    p4.dpa_signed = true;
    p4.certifications = {Certification::Iso27001};
    p4.reuses_data_for_training = TrainingReuse::No;
    credit.processors = {p4};
    credit.dpia = DpiaStatus::Done;
    credit.review = {ReviewStatus::Draft, "", "", "2026-11-01"};
    credit.created_at = "2026-08-15T07:00:00+02:00";
    credit.updated_at = "2026-11-24T17:05:00+01:00";
    reg.activities.push_back(credit);

    Activity copy;
    copy.id = "copy-5";
    copy.name = "AI-written newsletter intros";
    copy.purpose = "Draft newsletter intros for editors";
    copy.owner = "Content team";
    copy.application = "llm_copywriting";
    copy.lifecycle = Lifecycle::Production;
    copy.data_categories = {};
    copy.legal_basis = LegalBasis::Consent;
    copy.retention = "n/a";
    copy.transparency_notice = true;
    copy.content_rights_checked = true;
    Screening g;
    g.generates_content = true;
    copy.screening = g;
    copy.dpia = DpiaStatus::NotNeeded;
    copy.review = {ReviewStatus::Approved, "M. de Vries", "2026-06-30", "2026-12-31"};
    copy.created_at = "2026-05-01T09:00:00Z";
    copy.updated_at = "2026-06-30T09:00:00Z";
    reg.activities.push_back(copy);

    Workshop w;
    w.id = "ws-1";
    w.title = "Ethics session Q4";
    w.date = "2026-11-18";
    w.facilitator = "A. Bakker";
    w.activity_ids = {lead.id, emo.id};
    w.votes = {{lead.id, Principle::Fairness, 2, 3, 1}, {lead.id, Principle::Transparency, 5, 1, 0},
               {emo.id, Principle::Privacy, 0, 1, 6}};
    w.notes = {{lead.id, Principle::Fairness, "Check the score for gender bias | every quarter"}};
    w.actions = {{lead.id, "Add a bias check to the monthly report", "Marketing Ops", "2026-12-15", false},
                 {emo.id, "Stop the pilot", "Retail marketing", "2026-11-30", true}};
    reg.workshops.push_back(w);
    return reg;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Compares `actual` with tests/io/golden/<name>; AIR_UPDATE_GOLDEN=1 rewrites the file.
void checkGolden(const std::string& name, const std::string& actual) {
    const std::string path = std::string(AIR_SOURCE_DIR) + "/tests/io/golden/" + name;
    const char* update = std::getenv("AIR_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("rewrote golden file " << path);
        return;
    }
    const std::string expected = readFile(path);
    INFO("golden file " << path << " (AIR_UPDATE_GOLDEN=1 rewrites it)");
    if (expected != actual) {
        const std::string got = std::string(AIR_BINARY_DIR) + "/" + name + ".actual";
        std::ofstream(got, std::ios::binary) << actual;
        std::size_t i = 0;
        while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) ++i;
        const std::size_t from = i > 80 ? i - 80 : 0;
        INFO("first difference at byte " << i << "; actual written to " << got);
        INFO("expected: ..." << expected.substr(from, 160));
        INFO("actual:   ..." << actual.substr(from, 160));
        const bool matchesGolden = false;
        CHECK(matchesGolden);
    }
}

}  // namespace iotest
