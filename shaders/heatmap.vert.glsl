#version 300 es
// Heat map (src/ui/heatmap.hpp): one full-screen triangle, no vertex buffers. Vertex 0, 1, 2
// land at (-1,-1), (3,-1), (-1,3) in clip space, which covers the whole render target.
void main() {
    vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
