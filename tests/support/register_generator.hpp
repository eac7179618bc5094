// A generator of large realistic registers for the register table's tests (tests/app and
// tests/ui): no ImGui, only core.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "core/catalogue.hpp"
#include "core/model.hpp"

namespace air::test {

// `n` activities with varied owners, applications, lifecycles, legal bases, data, screenings
// and reviews; deterministic. Ids are "act-00000"...; updated_at grows with the index.
inline Register generateRegister(int n) {
    static const char* owners[] = {"Sanne de Vries", "Joris Bakker", "Marketing Ops", "", "Fatima el Amrani",
                                   "Team E-mail", "Pieter Jansen", "Webshop", "Customer Care", "Data & Insights"};
    static const char* words[] = {"lead", "churn", "chatbot", "banner", "e-mail", "pricing", "segment", "voice"};
    Register r;
    r.organisation = "Generated B.V.";
    r.activities.reserve(std::size_t(n));
    const auto& cat = catalogue();
    for (int i = 0; i < n; ++i) {
        const CatalogueEntry& e = cat[std::size_t(i) % cat.size()];
        Activity a = activityFromCatalogue(e.key, Lang::En);
        char id[32];
        std::snprintf(id, sizeof id, "act-%05d", i);
        a.id = id;
        a.name = std::string(e.name_en) + " " + std::to_string(i) + " " + words[i % 8];
        a.owner = owners[i % 10];
        a.vendor = (i % 7 == 0) ? "Polderdata B.V." : "";
        a.purpose = (i % 5 == 0) ? "" : "Purpose of activity " + std::to_string(i);
        a.lifecycle = Lifecycle(i % 4);
        a.legal_basis = LegalBasis((i / 3) % int(LegalBasis::COUNT));
        if (i % 6 == 0) a.screening.reset();
        a.review.status = ReviewStatus((i / 2) % 4);
        if (i % 9 == 0) a.review.next_review = "2026-01-15";
        else if (i % 9 == 1) a.review.next_review = "2027-06-30";
        a.retention = i % 4 == 0 ? "" : "12 months";
        char ts[40];
        std::snprintf(ts, sizeof ts, "2026-%02d-%02dT%02d:%02d:00Z", 1 + (i / 1000) % 12, 1 + (i / 40) % 28, (i / 60) % 24, i % 60);
        a.created_at = ts;
        a.updated_at = ts;
        if (i % 11 == 0) a.processors.push_back(Processor{"Cloud " + std::to_string(i), i % 2 == 0, i % 3 == 0,
                                                          TransferSafeguard::None, {}, TrainingReuse::No, "", VendorRole::Processor, ""});
        r.activities.push_back(std::move(a));
    }
    return r;
}

}  // namespace air::test
