// Dear ImGui compile-time configuration for the AI Activity Register.
#pragma once

// Tests turn a failed ImGui assertion into a test failure instead of an abort.
#ifdef AIR_IMGUI_TEST_ASSERT
void airImguiAssertFailed(const char* expr, const char* file, int line);
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : airImguiAssertFailed(#_EXPR, __FILE__, __LINE__))
#endif

#define IMGUI_DISABLE_OBSOLETE_KEYIO
#define IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS
