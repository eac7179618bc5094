// FontAwesome 4.7 icon code points (font from Debian's fonts-font-awesome), as UTF-8.
// Merged into the UI font in theme.cpp; kIconMin/kIconMax bound the glyph range.
#pragma once

namespace air::ui::icon {

inline constexpr const char kArrowLeft[] = "\xef\x81\xa0";  // U+F060
inline constexpr const char kArchive[] = "\xef\x86\x87";  // U+F187
inline constexpr const char kBan[] = "\xef\x81\x9e";  // U+F05E
inline constexpr const char kBars[] = "\xef\x83\x89";  // U+F0C9
inline constexpr const char kBook[] = "\xef\x80\xad";  // U+F02D
inline constexpr const char kCalendar[] = "\xef\x81\xb3";  // U+F073
inline constexpr const char kCheck[] = "\xef\x80\x8c";  // U+F00C
inline constexpr const char kCheckCircle[] = "\xef\x81\x98";  // U+F058
inline constexpr const char kChevronDown[] = "\xef\x81\xb8";  // U+F078
inline constexpr const char kChevronLeft[] = "\xef\x81\x93";  // U+F053
inline constexpr const char kChevronRight[] = "\xef\x81\x94";  // U+F054
inline constexpr const char kChevronUp[] = "\xef\x81\xb7";  // U+F077
inline constexpr const char kCircle[] = "\xef\x84\x91";  // U+F111
inline constexpr const char kClock[] = "\xef\x80\x97";  // U+F017
inline constexpr const char kCloud[] = "\xef\x83\x82";  // U+F0C2
inline constexpr const char kCodeFork[] = "\xef\x84\xa6";  // U+F126
inline constexpr const char kCog[] = "\xef\x80\x93";  // U+F013
inline constexpr const char kColumns[] = "\xef\x83\x9b";  // U+F0DB
inline constexpr const char kComment[] = "\xef\x81\xb5";  // U+F075
inline constexpr const char kCompress[] = "\xef\x81\xa6";  // U+F066
inline constexpr const char kCopy[] = "\xef\x83\x85";  // U+F0C5
inline constexpr const char kDashboard[] = "\xef\x83\xa4";  // U+F0E4
inline constexpr const char kDatabase[] = "\xef\x87\x80";  // U+F1C0
inline constexpr const char kDownload[] = "\xef\x80\x99";  // U+F019
inline constexpr const char kEllipsisH[] = "\xef\x85\x81";  // U+F141
inline constexpr const char kExchange[] = "\xef\x83\xac";  // U+F0EC
inline constexpr const char kExclamation[] = "\xef\x81\xaa";  // U+F06A
inline constexpr const char kExpand[] = "\xef\x81\xa5";  // U+F065
inline constexpr const char kEye[] = "\xef\x81\xae";  // U+F06E
inline constexpr const char kFile[] = "\xef\x85\x9b";  // U+F15B
inline constexpr const char kFileCode[] = "\xef\x87\x89";  // U+F1C9
inline constexpr const char kFilter[] = "\xef\x82\xb0";  // U+F0B0
inline constexpr const char kFlag[] = "\xef\x80\xa4";  // U+F024
inline constexpr const char kFolder[] = "\xef\x81\xbb";  // U+F07B
inline constexpr const char kFolderOpen[] = "\xef\x81\xbc";  // U+F07C
inline constexpr const char kLink[] = "\xef\x83\x81";  // U+F0C1
inline constexpr const char kGlobe[] = "\xef\x82\xac";  // U+F0AC
inline constexpr const char kHistory[] = "\xef\x87\x9a";  // U+F1DA
inline constexpr const char kHome[] = "\xef\x80\x95";  // U+F015
inline constexpr const char kImage[] = "\xef\x80\xbe";  // U+F03E
inline constexpr const char kInfo[] = "\xef\x81\x9a";  // U+F05A
inline constexpr const char kLanguage[] = "\xef\x86\xab";  // U+F1AB
inline constexpr const char kLightbulb[] = "\xef\x83\xab";  // U+F0EB
inline constexpr const char kList[] = "\xef\x80\xba";  // U+F03A
inline constexpr const char kLock[] = "\xef\x80\xa3";  // U+F023
inline constexpr const char kMagic[] = "\xef\x83\x90";  // U+F0D0
inline constexpr const char kPause[] = "\xef\x81\x8c";  // U+F04C
inline constexpr const char kPencil[] = "\xef\x81\x80";  // U+F040
inline constexpr const char kPlay[] = "\xef\x81\x8b";  // U+F04B
inline constexpr const char kPlus[] = "\xef\x81\xa7";  // U+F067
inline constexpr const char kPrint[] = "\xef\x80\xaf";  // U+F02F
inline constexpr const char kQuestion[] = "\xef\x81\x99";  // U+F059
inline constexpr const char kRandom[] = "\xef\x81\xb4";  // U+F074
inline constexpr const char kRedo[] = "\xef\x80\x9e";  // U+F01E
inline constexpr const char kRefresh[] = "\xef\x80\xa1";  // U+F021
inline constexpr const char kSave[] = "\xef\x83\x87";  // U+F0C7
inline constexpr const char kSearch[] = "\xef\x80\x82";  // U+F002
inline constexpr const char kShield[] = "\xef\x84\xb2";  // U+F132
inline constexpr const char kSort[] = "\xef\x83\x9c";  // U+F0DC
inline constexpr const char kSortDown[] = "\xef\x83\x9d";  // U+F0DD
inline constexpr const char kSortUp[] = "\xef\x83\x9e";  // U+F0DE
inline constexpr const char kStop[] = "\xef\x81\x8d";  // U+F04D
inline constexpr const char kTable[] = "\xef\x83\x8e";  // U+F0CE
inline constexpr const char kTasks[] = "\xef\x82\xae";  // U+F0AE
inline constexpr const char kThumbsUp[] = "\xef\x85\xa4";  // U+F164
inline constexpr const char kTimes[] = "\xef\x80\x8d";  // U+F00D
inline constexpr const char kTimesCircle[] = "\xef\x81\x97";  // U+F057
inline constexpr const char kTrash[] = "\xef\x87\xb8";  // U+F1F8
inline constexpr const char kUndo[] = "\xef\x83\xa2";  // U+F0E2
inline constexpr const char kUnlock[] = "\xef\x82\x9c";  // U+F09C
inline constexpr const char kUpload[] = "\xef\x82\x93";  // U+F093
inline constexpr const char kUser[] = "\xef\x80\x87";  // U+F007
inline constexpr const char kUsers[] = "\xef\x83\x80";  // U+F0C0
inline constexpr const char kWarning[] = "\xef\x81\xb1";  // U+F071

inline constexpr unsigned kIconMin = 0xf000;
inline constexpr unsigned kIconMax = 0xf2e0;

}  // namespace air::ui::icon
