// The malformed corpus: every file in tests/io/malformed is rejected with the error that
// expected.txt names (exact `where`, message substring), and every file is listed there.
#include <catch_amalgamated.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "io/register_json.hpp"

using namespace air;

namespace {

struct Expectation {
    std::string file, where, message;
};

std::vector<Expectation> loadExpectations(const std::string& dir) {
    std::vector<Expectation> out;
    std::ifstream f(dir + "/expected.txt");
    std::string line;
    while (std::getline(f, line)) {
        if (line.empty() || line[0] == '#') continue;
        auto t1 = line.find('\t');
        auto t2 = line.find('\t', t1 + 1);
        REQUIRE(t1 != std::string::npos);
        REQUIRE(t2 != std::string::npos);
        out.push_back({line.substr(0, t1), line.substr(t1 + 1, t2 - t1 - 1), line.substr(t2 + 1)});
    }
    return out;
}

}  // namespace

TEST_CASE("each malformed register file fails with its expected error", "[io][json][malformed]") {
    const std::string dir = std::string(AIR_SOURCE_DIR) + "/tests/io/malformed";
    std::vector<Expectation> cases = loadExpectations(dir);
    REQUIRE(cases.size() >= 20);
    std::set<std::string> listed;
    for (const Expectation& e : cases) {
        listed.insert(e.file);
        std::ifstream f(dir + "/" + e.file, std::ios::binary);
        REQUIRE(f.good());
        std::stringstream ss;
        ss << f.rdbuf();
        Result<Register> r = io::parseRegister(ss.str());
        INFO(e.file);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().whereText() == e.where);
        CHECK_THAT(r.error().message(), Catch::Matchers::ContainsSubstring(e.message));
    }
    // No file in the folder without an expectation.
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::string name = entry.path().filename().string();
        if (name == "expected.txt") continue;
        INFO(name << " has no line in expected.txt");
        CHECK(listed.count(name) == 1);
    }
}
