#version 300 es
// Heat map fragment shader (src/ui/heatmap.hpp documents the picture; CpuHeatmap in
// src/ui/heatmap.cpp computes the same pixels in C++ — keep the two in step).
//  - colour scale: heatColour(v) = mix(low, high, clamp(v, 0, 1)) per sRGB channel; the
//    framebuffer (RGBA8) rounds each channel to the nearest of 0..255.
//  - cells: pixel column x (0 = left) belongs to column (x * cols) / width (integer division);
//    rows likewise, counted from the top.
//  - borders: x == 0, x == width - 1, or a column change between x - 1 and x; the same for
//    rows. Border pixels are exactly one device pixel wide at any devicePixelRatio because
//    the target is rendered at device resolution.
precision highp float;
precision highp int;

uniform highp sampler2D u_values;  // R32F, cols x rows texels, texel row 0 = top matrix row
uniform ivec2 u_cells;             // (cols, rows)
uniform ivec2 u_size;              // render target in device pixels (width, height)
uniform vec3 u_low;                // colour of value 0 (sRGB, 0..1)
uniform vec3 u_high;               // colour of value 1 (the accent)
uniform vec3 u_border;             // cell borders

out vec4 o_colour;

int cellOf(int p, int n, int cells) { return (p * cells) / n; }

bool isBorder(int p, int n, int cells) {
    return p <= 0 || p >= n - 1 || cellOf(p, n, cells) != cellOf(p - 1, n, cells);
}

vec3 heatColour(float v) { return mix(u_low, u_high, clamp(v, 0.0, 1.0)); }

void main() {
    // gl_FragCoord is the pixel centre (x + 0.5, y + 0.5) with y = 0 at the bottom.
    int x = int(gl_FragCoord.x);
    int y = u_size.y - 1 - int(gl_FragCoord.y);
    if (isBorder(x, u_size.x, u_cells.x) || isBorder(y, u_size.y, u_cells.y)) {
        o_colour = vec4(u_border, 1.0);
        return;
    }
    ivec2 cell = ivec2(cellOf(x, u_size.x, u_cells.x), cellOf(y, u_size.y, u_cells.y));
    float v = texelFetch(u_values, cell, 0).r;
    o_colour = vec4(heatColour(v), 1.0);
}
