#include <catch_amalgamated.hpp>

#include "platform/flush_queue.hpp"

using air::platform::FlushQueue;

TEST_CASE("a single change starts one flush and ends saved", "[platform][flush]") {
    FlushQueue q;
    CHECK(q.state() == FlushQueue::State::Saved);
    CHECK(q.request());
    CHECK(q.state() == FlushQueue::State::Saving);
    CHECK_FALSE(q.finished(true));
    CHECK(q.state() == FlushQueue::State::Saved);
    CHECK(q.started() == 1);
}

TEST_CASE("changes during a flush cause exactly one follow-up flush", "[platform][flush]") {
    FlushQueue q;
    REQUIRE(q.request());
    CHECK_FALSE(q.request());  // never two at once
    CHECK_FALSE(q.request());
    CHECK_FALSE(q.request());
    CHECK(q.pending());
    CHECK(q.finished(true));  // the follow-up starts now
    CHECK(q.running());
    CHECK(q.state() == FlushQueue::State::Saving);
    CHECK_FALSE(q.finished(true));
    CHECK(q.started() == 2);
    CHECK(q.state() == FlushQueue::State::Saved);
}

TEST_CASE("a failed flush is shown until a later one succeeds", "[platform][flush]") {
    FlushQueue q;
    REQUIRE(q.request());
    CHECK_FALSE(q.finished(false, "QuotaExceededError"));
    CHECK(q.state() == FlushQueue::State::Failed);
    CHECK(q.error() == "QuotaExceededError");
    REQUIRE(q.request());
    CHECK(q.state() == FlushQueue::State::Saving);
    CHECK_FALSE(q.finished(true));
    CHECK(q.state() == FlushQueue::State::Saved);
    CHECK(q.error().empty());
}

TEST_CASE("a failure while changes are pending retries once", "[platform][flush]") {
    FlushQueue q;
    REQUIRE(q.request());
    CHECK_FALSE(q.request());
    CHECK(q.finished(false, "disk full"));
    CHECK(q.state() == FlushQueue::State::Saving);
    CHECK_FALSE(q.finished(false, "disk full"));
    CHECK(q.state() == FlushQueue::State::Failed);
    CHECK(q.started() == 2);
}
