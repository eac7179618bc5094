#version 300 es
// Dear ImGui's draw lists (src/platform/gl_renderer.cpp): position in framebuffer-independent
// display units, mapped to clip space by uScaleOffset = (2/w, -2/h, offset x, offset y).
precision highp float;
layout(location = 0) in vec2 aPos;
layout(location = 1) in vec2 aUV;
layout(location = 2) in vec4 aColor;
uniform vec4 uScaleOffset;
out vec2 vUV;
out vec4 vColor;
void main() {
    vUV = aUV;
    vColor = aColor;
    gl_Position = vec4(aPos * uScaleOffset.xy + uScaleOffset.zw, 0.0, 1.0);
}
