// Files embedded at build time (cmake/embed.cmake): shaders/*.glsl and the example register.
#pragma once

#include <cstddef>
#include <string_view>

namespace air::embedded {

struct Resource {
    const char* name;  // file name, e.g. "heatmap.frag.glsl", "example_register.json"
    const char* data;  // NUL-terminated as well
    std::size_t size;
};

// The embedded file's bytes; empty when there is no such file.
std::string_view get(std::string_view name);

}  // namespace air::embedded
