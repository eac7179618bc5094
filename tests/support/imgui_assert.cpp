// A failed IM_ASSERT inside a headless view test becomes a Catch2 failure with its place.
#include <catch_amalgamated.hpp>

#include <string>

void airImguiAssertFailed(const char* expr, const char* file, int line) {
    FAIL("IM_ASSERT(" << expr << ") failed at " << file << ":" << line);
}
