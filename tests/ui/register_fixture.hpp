// Shared helpers of the register and editor view tests: a RegisterView drawn headless in a
// full-window host on an AppModel in ":memory:", a generator of large realistic registers,
// and small input helpers.
#pragma once

#include <catch_amalgamated.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "core/catalogue.hpp"
#include "harness.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "ui/i18n.hpp"
#include "ui/register_view.hpp"

namespace air::test {

struct RegLang {
    explicit RegLang(Lang l) { ui::setLang(l); }
    ~RegLang() { ui::setLang(Lang::Nl); }
};

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

// The register page alone, drawn into a full-window host each frame.
class RegisterHarness {
public:
    explicit RegisterHarness(float width = 1400, float height = 900) : ui(width, height) {
        REQUIRE(model.open(":memory:").ok());
        ctx.model = &model;
        ctx.platform = &platform;
        int n = 0;
        model.setIdGenerator([n]() mutable {
            char id[32];
            std::snprintf(id, sizeof id, "new-%04d", n++);
            return std::string(id);
        });
        view.setToday("2026-11-25");
        draw = [this] {
            const ImGuiViewport* vp = ImGui::GetMainViewport();
            ImGui::SetNextWindowPos(vp->WorkPos);
            ImGui::SetNextWindowSize(vp->WorkSize);
            ImGui::Begin("##host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            if (m_capture) beginText();
            view.draw(ctx);
            if (m_capture) endText();
            ImGui::End();
        };
        frames(2);
    }
    void frame() { ui.frame(draw); }
    void frames(int n) { ui.frames(n, draw); }
    bool click(std::string_view label) { return ui.click(label, draw); }
    void type(std::string_view text) { ui.type(text, draw); }
    // Clicks a field that takes the keyboard focus a few frames later (inputs focused from
    // code, and the long text fields that become inputs on a click), then waits for it.
    bool clickField(std::string_view label) {
        if (!clickExact(label)) return false;
        frames(3);
        return true;
    }
    void press(ImGuiKey k, ImGuiKeyChord mods = 0) { ui.press(k, draw, mods); }
    bool visible(std::string_view label) const { return ui.find(label).has_value(); }
    // True when the page renders `text` anywhere (labels, plain text, wrapped text). Runs one
    // frame with ImGui's log-to-buffer on; logging turns list clipping off, so only use it
    // while few rows are on the page.
    bool shows(std::string_view text) {
        // Away from every tooltip: a tooltip window ends ImGui's logging early.
        ImGui::GetIO().AddMousePosEvent(1, ImGui::GetIO().DisplaySize.y - 1);
        frame();
        m_capture = true;
        frame();
        m_capture = false;
        return lastText.find(text) != std::string::npos;
    }
    // True when the window (or modal, named by its popup id) was drawn in the last frame.
    bool windowOpen(const char* name) const {
        ImGuiWindow* w = ImGui::FindWindowByName(name);
        return w && w->Active;
    }
    // Captures the text ImGui renders between the two calls (ImGui's log-to-buffer).
    void beginText() {
        GImGui->LogBuffer.Buf.clear();
        ImGui::LogToBuffer();
    }
    void endText() {
        lastText = GImGui->LogBuffer.c_str();
        ImGui::LogFinish();
        GImGui->LogBuffer.Buf.clear();
    }
    // Selects all text of the active input and types `text` over it, then leaves the field
    // with Tab (which commits it).
    void retype(std::string_view text) {
        press(ImGuiKey_A, ImGuiMod_Ctrl);
        type(text);
    }
    // Clicks the centre of an item found in the last frame.
    void clickItem(const ui::items::Item& it, ImGuiMouseButton button = ImGuiMouseButton_Left) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent((it.x0 + it.x1) * 0.5f, (it.y0 + it.y1) * 0.5f);
        frame();
        io.AddMouseButtonEvent(button, true);
        frame();
        io.AddMouseButtonEvent(button, false);
        frames(2);
    }
    // Clicks the bottom-left corner of the window, where nothing is drawn (closes menus).
    void clickAway() {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(2, io.DisplaySize.y - 2);
        frame();
        io.AddMouseButtonEvent(0, true);
        frame();
        io.AddMouseButtonEvent(0, false);
        frames(2);
    }
    // The item whose visible label is exactly `label`; the right-most one when several
    // (the editor panel is on the right of the table).
    std::optional<ui::items::Item> exact(std::string_view label) const {
        std::optional<ui::items::Item> best;
        for (const auto& it : ui::items::lastFrame()) {
            std::string_view v = it.label;
            if (auto p = v.find("##"); p != std::string_view::npos) v = v.substr(0, p);
            if (v == label && (!best || it.x0 > best->x0)) best = it;
        }
        return best;
    }
    bool clickExact(std::string_view label) {
        auto it = exact(label);
        if (!it) return false;
        clickItem(*it);
        return true;
    }
    void load(const Register& r) {
        REQUIRE(model.importRegister(r, app::ImportMode::Replace).ok());
        frames(2);
    }
    int historyCount(const std::string& id) { return int(model.history(id, 100000).size()); }

    FakePlatform platform;
    app::AppModel model;
    ui::UiContext ctx;
    Ui ui;
    ui::RegisterView view;
    std::function<void()> draw;
    std::string lastText;

private:
    bool m_capture = false;
};

}  // namespace air::test
