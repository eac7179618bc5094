// The dashboard heat map on the GPU (WebGL2 / GLSL ES 3.00): the embedded shaders
// shaders/heatmap.vert.glsl and heatmap.frag.glsl draw the matrix into an RGBA8 texture at
// device resolution through a framebuffer object; ImGui shows that texture, and
// readPixels() reads it back for "Save as PNG". The picture is defined in src/ui/heatmap.hpp
// (CpuHeatmap computes the same pixels natively). Web build only.
#include <GLES3/gl3.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/embedded.hpp"
#include "ui/heatmap.hpp"

namespace {

// Saves the GL state the heat map touches and restores it on scope exit, so ImGui's
// renderer and the frame loop find the default framebuffer and their own bindings.
class GlStateGuard {
public:
    GlStateGuard() {
        glGetIntegerv(GL_FRAMEBUFFER_BINDING, &m_fbo);
        glGetIntegerv(GL_VIEWPORT, m_viewport);
        glGetIntegerv(GL_CURRENT_PROGRAM, &m_program);
        glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &m_vao);
        glGetIntegerv(GL_ACTIVE_TEXTURE, &m_activeTexture);
        glActiveTexture(GL_TEXTURE0);
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &m_texture);
        glGetIntegerv(GL_UNPACK_ALIGNMENT, &m_unpack);
        m_blend = glIsEnabled(GL_BLEND);
        m_scissor = glIsEnabled(GL_SCISSOR_TEST);
        m_cull = glIsEnabled(GL_CULL_FACE);
        m_depth = glIsEnabled(GL_DEPTH_TEST);
    }
    ~GlStateGuard() {
        glBindFramebuffer(GL_FRAMEBUFFER, GLuint(m_fbo));
        glViewport(m_viewport[0], m_viewport[1], m_viewport[2], m_viewport[3]);
        glUseProgram(GLuint(m_program));
        glBindVertexArray(GLuint(m_vao));
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, GLuint(m_texture));
        glActiveTexture(GLenum(m_activeTexture));
        glPixelStorei(GL_UNPACK_ALIGNMENT, m_unpack);
        set(GL_BLEND, m_blend);
        set(GL_SCISSOR_TEST, m_scissor);
        set(GL_CULL_FACE, m_cull);
        set(GL_DEPTH_TEST, m_depth);
    }
    GlStateGuard(const GlStateGuard&) = delete;
    GlStateGuard& operator=(const GlStateGuard&) = delete;

private:
    static void set(GLenum cap, GLboolean on) { on ? glEnable(cap) : glDisable(cap); }
    GLint m_fbo = 0, m_viewport[4] = {}, m_program = 0, m_vao = 0, m_activeTexture = 0, m_texture = 0, m_unpack = 4;
    GLboolean m_blend = GL_FALSE, m_scissor = GL_FALSE, m_cull = GL_FALSE, m_depth = GL_FALSE;
};

float unit(ImU32 c, int shift) { return float((c >> shift) & 0xFFu) / 255.0f; }

class GlHeatmap final : public air::ui::GpuHeatmap {
public:
    ~GlHeatmap() override {
        if (m_program) glDeleteProgram(m_program);
        if (m_vao) glDeleteVertexArrays(1, &m_vao);
        if (m_fbo) glDeleteFramebuffers(1, &m_fbo);
        if (m_target) glDeleteTextures(1, &m_target);
        if (m_values) glDeleteTextures(1, &m_values);
    }

    // Draws only when the values, the size or the colours changed; the texture persists.
    ImTextureID render(const std::vector<float>& values, int rows, int cols, int pxW, int pxH) override {
        if (!m_error.empty() || rows <= 0 || cols <= 0 || pxW <= 0 || pxH <= 0) return ImTextureID{};
        if (!m_styleChanged && m_target && values == m_lastValues && rows == m_rows && cols == m_cols && pxW == m_w &&
            pxH == m_h)
            return texture();
        GlStateGuard guard;
        if (!ensureProgram()) return ImTextureID{};
        if (!ensureTarget(pxW, pxH)) return ImTextureID{};

        // The values as an R32F texture, cols × rows, texel row 0 = top matrix row.
        std::vector<float> v(std::size_t(rows) * std::size_t(cols), 0.0f);
        for (std::size_t i = 0; i < v.size() && i < values.size(); ++i) v[i] = values[i];
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_values);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, cols, rows, 0, GL_RED, GL_FLOAT, v.data());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);

        glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
        glViewport(0, 0, pxW, pxH);
        glDisable(GL_BLEND);
        glDisable(GL_SCISSOR_TEST);
        glDisable(GL_CULL_FACE);
        glDisable(GL_DEPTH_TEST);
        glUseProgram(m_program);
        glUniform1i(glGetUniformLocation(m_program, "u_values"), 0);
        glUniform2i(glGetUniformLocation(m_program, "u_cells"), cols, rows);
        glUniform2i(glGetUniformLocation(m_program, "u_size"), pxW, pxH);
        const auto colour = [&](const char* name, ImU32 c) {
            glUniform3f(glGetUniformLocation(m_program, name), unit(c, 0), unit(c, 8), unit(c, 16));
        };
        colour("u_low", m_style.low);
        colour("u_high", m_style.high);
        colour("u_border", m_style.border);
        glBindVertexArray(m_vao);
        glDrawArrays(GL_TRIANGLES, 0, 3);

        m_lastValues = values;
        m_rows = rows;
        m_cols = cols;
        m_styleChanged = false;
        return texture();
    }

    // Reads the target back (bottom row first in GL) and returns it top row first.
    bool readPixels(std::vector<unsigned char>& rgba, int& w, int& h) override {
        if (!m_target || m_w <= 0 || m_h <= 0 || !m_error.empty()) return false;
        GlStateGuard guard;
        glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
        std::vector<unsigned char> raw(std::size_t(m_w) * std::size_t(m_h) * 4);
        glPixelStorei(GL_PACK_ALIGNMENT, 4);
        glReadPixels(0, 0, m_w, m_h, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
        if (glGetError() != GL_NO_ERROR) return false;
        const std::size_t row = std::size_t(m_w) * 4;
        rgba.resize(raw.size());
        for (int y = 0; y < m_h; ++y)
            std::copy_n(&raw[std::size_t(m_h - 1 - y) * row], row, &rgba[std::size_t(y) * row]);
        w = m_w;
        h = m_h;
        return true;
    }

    // The FBO's rows are stored bottom-up: show the texture flipped.
    ImVec2 uvTopLeft() const override { return ImVec2(0, 1); }
    ImVec2 uvBottomRight() const override { return ImVec2(1, 0); }
    std::string error() const override { return m_error; }

private:
    ImTextureID texture() const { return reinterpret_cast<ImTextureID>(static_cast<intptr_t>(m_target)); }

    // Compiles one embedded shader; on failure records the log (shown to the user as a toast).
    GLuint compile(GLenum type, const char* file) {
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
            GLint n = 0;
            glGetShaderiv(sh, GL_INFO_LOG_LENGTH, &n);
            std::string log(std::size_t(n > 0 ? n : 1), '\0');
            glGetShaderInfoLog(sh, GLsizei(log.size()), nullptr, log.data());
            m_error = std::string(file) + ": " + log.c_str();
            glDeleteShader(sh);
            return 0;
        }
        return sh;
    }

    bool ensureProgram() {
        if (m_program) return true;
        const GLuint vs = compile(GL_VERTEX_SHADER, "heatmap.vert.glsl");
        const GLuint fs = vs ? compile(GL_FRAGMENT_SHADER, "heatmap.frag.glsl") : 0;
        if (!vs || !fs) {
            if (vs) glDeleteShader(vs);
            return false;
        }
        const GLuint p = glCreateProgram();
        glAttachShader(p, vs);
        glAttachShader(p, fs);
        glLinkProgram(p);
        glDeleteShader(vs);
        glDeleteShader(fs);
        GLint ok = GL_FALSE;
        glGetProgramiv(p, GL_LINK_STATUS, &ok);
        if (!ok) {
            GLint n = 0;
            glGetProgramiv(p, GL_INFO_LOG_LENGTH, &n);
            std::string log(std::size_t(n > 0 ? n : 1), '\0');
            glGetProgramInfoLog(p, GLsizei(log.size()), nullptr, log.data());
            m_error = std::string("heatmap program: ") + log.c_str();
            glDeleteProgram(p);
            return false;
        }
        m_program = p;
        glGenVertexArrays(1, &m_vao);  // empty: the vertex shader needs no attributes
        glGenTextures(1, &m_values);
        return true;
    }

    // (Re)creates the RGBA8 target texture and its framebuffer at pxW × pxH.
    bool ensureTarget(int pxW, int pxH) {
        if (m_target && m_w == pxW && m_h == pxH) return true;
        if (!m_target) glGenTextures(1, &m_target);
        if (!m_fbo) glGenFramebuffers(1, &m_fbo);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_target);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, pxW, pxH, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        // NEAREST: shown 1:1 on device pixels, the one-pixel borders stay crisp.
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glBindFramebuffer(GL_FRAMEBUFFER, m_fbo);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_target, 0);
        if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
            m_error = "heatmap framebuffer incomplete";
            return false;
        }
        m_w = pxW;
        m_h = pxH;
        return true;
    }

    GLuint m_program = 0, m_vao = 0, m_fbo = 0, m_target = 0, m_values = 0;
    int m_w = 0, m_h = 0, m_rows = 0, m_cols = 0;
    std::vector<float> m_lastValues;
    std::string m_error;
};

}  // namespace

namespace air::platform {
std::unique_ptr<ui::GpuHeatmap> makeGlHeatmap() { return std::make_unique<GlHeatmap>(); }
}  // namespace air::platform
