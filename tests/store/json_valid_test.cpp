// json_valid(X), the store's own (SQLite is built with SQLITE_OMIT_JSON): the same answers as
// SQLite 3.53's json_valid with one argument. The expected values below were checked against
// that SQLite's built-in function (strict RFC 8259: JSON5 forms are not valid).
#include <catch_amalgamated.hpp>

#include <sqlite3.h>

#include <string>

#include "store/db.hpp"
#include "store/json_valid.hpp"

using namespace air::store;

TEST_CASE("isJsonText accepts RFC 8259 JSON and nothing else", "[store][json]") {
    struct Case {
        std::string text;
        bool valid;
    };
    const Case cases[] = {
        {"{}", true}, {"[]", true}, {" {\"a\": [1, -2.5e+3, true, false, null, \"x\"]} ", true},
        {"0", true}, {"-0", true}, {"1.5E-7", true}, {"\"\"", true}, {"null", true},
        {"\"\\u00e9\\n\\t\\\"\\\\\\/\\b\\f\\r\"", true}, {"\"caf\xc3\xa9\"", true},
        {"\"\xff\"", true},  // like SQLite, the bytes inside a string are not checked as UTF-8
        {"\t\r\n[1]\n", true}, {"{\"a\":{\"b\":{}}}", true}, {"[[],[[]]]", true},
        {"", false}, {" ", false}, {"{not json", false}, {"{", false}, {"[1,]", false},
        {"{\"a\":1,}", false}, {"{a:1}", false}, {"{'a':1}", false}, {"[1 2]", false},
        {"01", false}, {"1.", false}, {".5", false}, {"+1", false}, {"1e", false}, {"-", false},
        {"0x10", false}, {"Infinity", false}, {"NaN", false}, {"tru", false}, {"nul", false},
        {"true false", false}, {"\"a", false}, {"\"\\x41\"", false}, {"\"\\u12\"", false},
        {"\"\\'\"", false}, {"\"tab\there\"", false}, {"[1]\f", false}, {"[1]\v", false},
        {"// c\n1", false}, {"/* c */ 1", false},
        {std::string("[1]\0", 4), true},  // SQLite reads the text up to its first NUL
        {std::string("\"a\0b\"", 5), false}, {"{\"a\" 1}", false}, {"{\"a\":}", false},
        {"[,1]", false}, {"{,}", false}, {"]", false}, {"}", false},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        CHECK(isJsonText(c.text) == c.valid);
    }
}

TEST_CASE("isJsonText allows nesting 1,000 deep, as SQLite does, and no deeper", "[store][json]") {
    const auto nested = [](int n) { return std::string(std::size_t(n), '[') + std::string(std::size_t(n), ']'); };
    CHECK(isJsonText(nested(1000)));
    CHECK_FALSE(isJsonText(nested(1001)));
    CHECK_FALSE(isJsonText(std::string(100000, '[')));
}

TEST_CASE("json_valid is registered on every connection: NULL in, NULL out", "[store][json]") {
    air::Result<Db> db = Db::open(":memory:", true, false);
    REQUIRE(db.ok());
    air::Result<Stmt> st = Stmt::prepare(*db, "SELECT json_valid('[1]'), json_valid('[1,]'), "
                                              "json_valid(NULL), json_valid(12)", "test");
    REQUIRE(st.ok());
    air::Result<bool> row = st->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    CHECK(st->int64(0) == 1);
    CHECK(st->int64(1) == 0);
    CHECK(st->isNull(2));
    CHECK(st->int64(3) == 1);
}
