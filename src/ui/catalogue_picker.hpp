// "New from catalogue": a searchable modal listing every catalogue entry with its short
// description, its typical data categories and the AI Act tier it would start at. Choosing an
// entry returns its key; the register view creates the pre-filled activity.
#pragma once

#include <string>
#include <vector>

#include "core/enums.hpp"

namespace air::ui {

class CataloguePicker {
public:
    void open();
    bool isOpen() const { return m_open || m_wantOpen; }
    // Draws the modal while open; returns the chosen catalogue key once, "" otherwise.
    std::string draw();
    // Keys of the entries matching `search` (folded, every word), in catalogue order.
    static std::vector<std::string> matching(const std::string& search, Lang lang);

private:
    bool m_wantOpen = false;
    bool m_open = false;
    bool m_focusSearch = false;
    std::string m_search;
    int m_cursor = 0;
    bool m_scrollToCursor = false;
    std::vector<Tier> m_tiers;  // start tier per catalogue entry (computed once)
};

}  // namespace air::ui
