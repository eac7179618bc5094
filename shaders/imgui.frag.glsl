#version 300 es
// Dear ImGui's draw lists: vertex colour times the bound texture (font atlas or an image).
precision mediump float;
uniform sampler2D uTexture;
in vec2 vUV;
in vec4 vColor;
layout(location = 0) out vec4 outColor;
void main() {
    outColor = vColor * texture(uTexture, vUV);
}
