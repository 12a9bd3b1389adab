#pragma once

#include <QString>
#include <QWidget>

class QTextBrowser;
class QToolButton;

namespace hocbaso::ui {

// A detail pane in plain words, with its raw identifiers (distinguished names, serial numbers,
// fingerprints, lookup codes) kept in a "Technical details" section at the end, collapsed until the
// reader opens it with the button under the text (Tab to it, then Space). Officers read names
// and dates; the identifiers are there for a support call, not in their way. Whether the section is open is remembered
// per kind of pane until the next sign-in.
//
// Generated HTML in a read-only browser: selectable, copyable and readable by screen readers.
class TechnicalDetailsPane : public QWidget
{
    Q_OBJECT
public:
    // `kind` names what is remembered ("certificate", "record").
    TechnicalDetailsPane(const QString& kind, QWidget* parent = nullptr);

    // The text shown, with the technical section only when it is open.
    QString toPlainText() const;
    bool technicalDetailsShown() const;
    void setTechnicalDetailsShown(bool shown);
    QToolButton* technicalDetailsButton() const { return m_button; }
    QTextBrowser* browser() const { return m_browser; }

    // A new session starts with every section collapsed.
    static void forgetShownSections();
    // Whether the section of this kind is open this session; for pages that keep their identifiers
    // under a button of their own (6.5's lookup code).
    static bool shownFor(const QString& kind);
    static void rememberShown(const QString& kind, bool shown);

protected:
    // The main text and the technical one (HTML); an empty main text clears the pane and hides the
    // button. Keeps the reader's place when `keepScroll`.
    void setSections(const QString& mainHtml, const QString& technicalHtml, bool keepScroll = false);
    void clearSections();
    void setPlaceholderText(const QString& text);
    void changeEvent(QEvent* event) override;

private:
    void render(bool keepScroll);
    void retranslateButton();

    QString m_kind;
    QTextBrowser* m_browser = nullptr;
    QToolButton* m_button = nullptr;
    QString m_mainHtml;
    QString m_technicalHtml;
};

} // namespace hocbaso::ui
