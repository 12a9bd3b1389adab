#pragma once

#include <QColor>
#include <QString>

namespace hocbaso::ui {

// Every colour the program draws with in code, named by what it means (after KeePassXC's
// StateColorPalette): pages, models and views ask for a role, never for a value. Qt's palette
// still gives the window, base and text colours; these are the accents on top of it. Style sheets
// and HTML take a colour's name(), "#rrggbb". (Colours in .ui files are still written there.)
class Palette
{
public:
    // --- Text ---------------------------------------------------------------------------------
    // Titles, headings, counts and plain emphasis: the program's dark blue.
    static QColor heading() { return QColor(0x1f, 0x3b, 0x63); }
    // Hints, empty states, drafts and checks that did not run.
    static QColor muted() { return QColor(0x6b, 0x77, 0x85); }
    // Field labels and second lines in the detail views.
    static QColor secondary() { return QColor(0x5b, 0x66, 0x73); }
    // Something waits for the user (changes not yet synced, conflicts in a sync report).
    static QColor attention() { return QColor(0x8a, 0x4b, 0x00); }
    // A refusal next to the field it concerns (lock settings).
    static QColor error() { return QColor(0xb0, 0x00, 0x20); }

    // --- Decisions (certificates, revocation requests, user accounts) --------------------------
    static QColor pending() { return QColor(0x9a, 0x5b, 0x00); }  // also a locked account
    static QColor approved() { return QColor(0x1b, 0x6e, 0x20); } // also a check that passes
    static QColor rejected() { return QColor(0x8a, 0x1c, 0x14); } // also a disabled account
    static QColor revoked() { return QColor(0x6a, 0x1b, 0x9a); }

    // --- Certificate checks ----------------------------------------------------------------------
    static QColor checkWarning() { return QColor(0xb2, 0x6a, 0x00); }
    static QColor checkFailed() { return QColor(0xb7, 0x1c, 0x1c); } // also an expired trust anchor

    // --- Records -------------------------------------------------------------------------------
    static QColor recordConfirmed() { return QColor(0x1f, 0x5f, 0xa8); }
    // Sent, and a signature that verifies.
    static QColor valid() { return QColor(0x2e, 0x7d, 0x32); }
    // Revoked, and a signature or content that does not verify.
    static QColor invalid() { return QColor(0xc6, 0x28, 0x28); }

    // --- Verdict boxes (detail views) ------------------------------------------------------------
    static QColor validBackground() { return QColor(0xed, 0xf7, 0xed); }
    static QColor warningBackground() { return QColor(0xff, 0xf4, 0xe0); }
    static QColor invalidBackground() { return QColor(0xfd, 0xec, 0xea); }
    static QColor neutralBackground() { return QColor(0xf1, 0xf3, 0xf5); }

    // --- Message banners -----------------------------------------------------------------------
    // Sign-in window and the forms' error labels.
    static QColor errorBannerText() { return rejected(); }
    static QColor errorBannerBorder() { return QColor(0xf1, 0xb0, 0xa9); }
    static QColor infoBannerBackground() { return QColor(0xe8, 0xf1, 0xfb); }
    static QColor infoBannerBorder() { return QColor(0xb6, 0xcf, 0xee); }
    // The record lookup's messages.
    static QColor lookupErrorText() { return QColor(0x8e, 0x1b, 0x1b); }
    static QColor lookupErrorBorder() { return QColor(0xf2, 0xb8, 0xb5); }
    static QColor lookupNoticeText() { return QColor(0x1e, 0x46, 0x20); }
    static QColor lookupNoticeBorder() { return QColor(0xb7, 0xdf, 0xb9); }

    // --- Tables --------------------------------------------------------------------------------
    // Rows below the chosen share of records sent (statistics): background and the figure itself.
    static QColor lowRowBackground() { return QColor(0xfd, 0xe4, 0xe1); }
    static QColor lowFigure() { return QColor(0xa3, 0x1f, 0x16); }
    static QColor totalsBackground() { return QColor(0xe8, 0xee, 0xf6); }
    // Lock dates edited but not saved yet.
    static QColor unsavedBackground() { return QColor(0xff, 0xf4, 0xc2); }
    // Tables in the detail views (HTML).
    static QColor detailBorder() { return QColor(0xc8, 0xce, 0xd6); }
    static QColor detailHeadBackground() { return QColor(0xee, 0xf2, 0xf7); }
    // The statistics printout.
    static QColor printBorder() { return QColor(0xb0, 0xb0, 0xb0); }
    static QColor printHeadBackground() { return QColor(0xdc, 0xe6, 0xf1); }

    // --- Progress chart (the same as the PDF export's, so that screen and paper read alike) ------
    static QColor chartSent() { return valid(); }
    static QColor chartConfirmed() { return QColor(0xf9, 0xa8, 0x25); }
    static QColor chartRest() { return QColor(0xcf, 0xd8, 0xdc); }
    static QColor chartGrid() { return QColor(0xe3, 0xe7, 0xeb); }
    static QColor chartSwatchBorder() { return QColor(0x8a, 0x94, 0x9e); }
};

} // namespace hocbaso::ui
