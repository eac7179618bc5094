// Draws Dear ImGui's draw lists with WebGL2 without asking the GL for anything per frame.
// Dear ImGui's stock OpenGL3 backend backs up and restores the GL state around every frame
// with glGet* calls; in a browser each of those is a synchronous round trip to the GPU
// process (most of a frame's wall time under software WebGL). This renderer owns the context:
// it sets every piece of state it depends on at the start of each frame and queries nothing.
// Code that changes GL state elsewhere (the heat map, web_gpu.cpp) restores what it touched.
// Web build only.
#pragma once

#include <string>

struct ImDrawData;

namespace air::platform {

class GlRenderer {
public:
    GlRenderer() = default;
    ~GlRenderer();
    GlRenderer(const GlRenderer&) = delete;
    GlRenderer& operator=(const GlRenderer&) = delete;

    // Compiles the embedded shaders (shaders/imgui.*.glsl) and makes the buffers; false with
    // error() set when the GL refuses. Needs a current context.
    bool init();
    // (Re)uploads ImGui's font atlas (after the fonts were built) and hands its id to ImGui.
    void uploadFonts();
    // Draws one frame's draw lists into the default framebuffer of fbW × fbH device pixels.
    void render(const ImDrawData* data, int fbW, int fbH);
    const std::string& error() const { return m_error; }

private:
    void setState(int fbW, int fbH, const ImDrawData* data);
    unsigned compile(unsigned type, const char* file);

    unsigned m_program = 0, m_vao = 0, m_vbo = 0, m_ibo = 0, m_font = 0;
    int m_uScaleOffset = -1, m_uTexture = -1;
    std::string m_error;
};

}  // namespace air::platform
