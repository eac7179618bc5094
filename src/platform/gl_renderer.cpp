// Dear ImGui draw lists on WebGL2 with no per-frame GL queries (see gl_renderer.hpp).
#include "platform/gl_renderer.hpp"

#include <GLES3/gl3.h>

#include <cstdint>

#include "core/embedded.hpp"
#include "imgui.h"

namespace air::platform {

namespace {
GLuint textureOf(ImTextureID id) { return GLuint(reinterpret_cast<std::intptr_t>(id)); }
}  // namespace

GlRenderer::~GlRenderer() {
    if (m_font) glDeleteTextures(1, &m_font);
    if (m_vbo) glDeleteBuffers(1, &m_vbo);
    if (m_ibo) glDeleteBuffers(1, &m_ibo);
    if (m_vao) glDeleteVertexArrays(1, &m_vao);
    if (m_program) glDeleteProgram(m_program);
}

// One embedded shader compiled; 0 with m_error set on failure.
unsigned GlRenderer::compile(unsigned type, const char* file) {
    const std::string_view src = air::embedded::get(file);
    if (src.empty()) {
        m_error = std::string(file) + ": not embedded";
        return 0;
    }
    const GLuint sh = glCreateShader(type);
    const char* text = src.data();
    const GLint len = GLint(src.size());
    glShaderSource(sh, 1, &text, &len);
    glCompileShader(sh);
    GLint ok = GL_FALSE;
    glGetShaderiv(sh, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(sh, GLsizei(sizeof log), nullptr, log);
        m_error = std::string(file) + ": " + log;
        glDeleteShader(sh);
        return 0;
    }
    return sh;
}

bool GlRenderer::init() {
    const GLuint vs = compile(GL_VERTEX_SHADER, "imgui.vert.glsl");
    const GLuint fs = vs ? compile(GL_FRAGMENT_SHADER, "imgui.frag.glsl") : 0;
    if (!fs) {
        if (vs) glDeleteShader(vs);
        return false;
    }
    m_program = glCreateProgram();
    glAttachShader(m_program, vs);
    glAttachShader(m_program, fs);
    glLinkProgram(m_program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = GL_FALSE;
    glGetProgramiv(m_program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetProgramInfoLog(m_program, GLsizei(sizeof log), nullptr, log);
        m_error = std::string("imgui program: ") + log;
        return false;
    }
    m_uScaleOffset = glGetUniformLocation(m_program, "uScaleOffset");
    m_uTexture = glGetUniformLocation(m_program, "uTexture");
    glUseProgram(m_program);
    glUniform1i(m_uTexture, 0);

    // The vertex layout is recorded once in the vertex array object (with the index buffer).
    glGenVertexArrays(1, &m_vao);
    glGenBuffers(1, &m_vbo);
    glGenBuffers(1, &m_ibo);
    glBindVertexArray(m_vao);
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, m_ibo);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const auto stride = GLsizei(sizeof(ImDrawVert));
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    glBindVertexArray(0);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "air_webgl2";
    return true;
}

void GlRenderer::uploadFonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    if (!m_font) glGenTextures(1, &m_font);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, m_font);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(m_font)));
    io.Fonts->ClearTexData();  // the pixels live on the GPU now
}

// Every piece of state the draw calls depend on, set without asking what it was.
void GlRenderer::setState(int fbW, int fbH, const ImDrawData* d) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, fbW, fbH);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glUseProgram(m_program);
    const float l = d->DisplayPos.x, r = d->DisplayPos.x + d->DisplaySize.x;
    const float t = d->DisplayPos.y, b = d->DisplayPos.y + d->DisplaySize.y;
    glUniform4f(m_uScaleOffset, 2.0f / (r - l), 2.0f / (t - b), (r + l) / (l - r), (t + b) / (b - t));
    glBindVertexArray(m_vao);
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo);  // not part of the vertex array's state
    glActiveTexture(GL_TEXTURE0);
}

void GlRenderer::render(const ImDrawData* d, int fbW, int fbH) {
    if (!m_program || !d || fbW <= 0 || fbH <= 0 || d->DisplaySize.x <= 0 || d->DisplaySize.y <= 0) return;
    setState(fbW, fbH, d);
    const ImVec2 clipOff = d->DisplayPos;
    const ImVec2 scale = d->FramebufferScale;
    GLuint bound = 0;
    bool anyBound = false;
    for (int n = 0; n < d->CmdListsCount; ++n) {
        const ImDrawList* list = d->CmdLists[n];
        glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(list->VtxBuffer.Size) * GLsizeiptr(sizeof(ImDrawVert)),
                     list->VtxBuffer.Data, GL_STREAM_DRAW);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, GLsizeiptr(list->IdxBuffer.Size) * GLsizeiptr(sizeof(ImDrawIdx)),
                     list->IdxBuffer.Data, GL_STREAM_DRAW);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
                    setState(fbW, fbH, d);
                    anyBound = false;
                } else {
                    cmd.UserCallback(list, &cmd);
                }
                continue;
            }
            const float x0 = (cmd.ClipRect.x - clipOff.x) * scale.x, y0 = (cmd.ClipRect.y - clipOff.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - clipOff.x) * scale.x, y1 = (cmd.ClipRect.w - clipOff.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(GLint(x0), GLint(float(fbH) - y1), GLsizei(x1 - x0), GLsizei(y1 - y0));
            const GLuint tex = textureOf(cmd.GetTexID());
            if (!anyBound || tex != bound) {
                glBindTexture(GL_TEXTURE_2D, tex);
                bound = tex;
                anyBound = true;
            }
            glDrawElements(GL_TRIANGLES, GLsizei(cmd.ElemCount), sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(std::intptr_t(cmd.IdxOffset * sizeof(ImDrawIdx))));
        }
    }
    glBindVertexArray(0);
}

}  // namespace air::platform
