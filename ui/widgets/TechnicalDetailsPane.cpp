#include "TechnicalDetailsPane.h"

#include "Palette.h"

#include <QEvent>
#include <QHash>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace hocbaso::ui {
namespace {

// Per kind of pane, whether the reader opened the section; cleared at each sign-in.
QHash<QString, bool>& shownSections()
{
    static QHash<QString, bool> shown;
    return shown;
}

} // namespace

TechnicalDetailsPane::TechnicalDetailsPane(const QString& kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_browser(new QTextBrowser(this)), m_button(new QToolButton(this))
{
    m_browser->setObjectName(QStringLiteral("%1Browser").arg(kind));
    m_browser->setOpenLinks(false);
    m_browser->setReadOnly(true);
    // Keyboard users scroll and select text without a mouse.
    m_browser->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_browser->document()->setDocumentMargin(10);

    m_button->setObjectName(QStringLiteral("technicalDetailsToolButton"));
    m_button->setCheckable(true);
    m_button->setChecked(shownSections().value(m_kind, false));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);
    m_button->setFocusPolicy(Qt::StrongFocus);
    m_button->hide();
    connect(m_button, &QToolButton::toggled, this, [this](bool shown) {
        shownSections().insert(m_kind, shown);
        retranslateButton();
        render(true);
        // Opening it shows it: the section is at the end of the text.
        if (shown)
            m_browser->scrollToAnchor(QStringLiteral("technical"));
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    setFocusProxy(m_browser);
    retranslateButton();
}

QString TechnicalDetailsPane::toPlainText() const
{
    return m_browser->toPlainText();
}

bool TechnicalDetailsPane::technicalDetailsShown() const
{
    return m_button->isChecked();
}

void TechnicalDetailsPane::setTechnicalDetailsShown(bool shown)
{
    m_button->setChecked(shown);
}

void TechnicalDetailsPane::forgetShownSections()
{
    shownSections().clear();
}

bool TechnicalDetailsPane::shownFor(const QString& kind)
{
    return shownSections().value(kind, false);
}

void TechnicalDetailsPane::rememberShown(const QString& kind, bool shown)
{
    shownSections().insert(kind, shown);
}

void TechnicalDetailsPane::setSections(const QString& mainHtml, const QString& technicalHtml, bool keepScroll)
{
    m_mainHtml = mainHtml;
    m_technicalHtml = technicalHtml;
    // Another pane of the same kind may have opened or closed the section meanwhile.
    const QSignalBlocker block(m_button);
    m_button->setChecked(shownSections().value(m_kind, false));
    retranslateButton();
    render(keepScroll);
}

void TechnicalDetailsPane::clearSections()
{
    m_mainHtml.clear();
    m_technicalHtml.clear();
    render(false);
}

void TechnicalDetailsPane::setPlaceholderText(const QString& text)
{
    m_browser->setPlaceholderText(text);
}

void TechnicalDetailsPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateButton();
    QWidget::changeEvent(event);
}

void TechnicalDetailsPane::render(bool keepScroll)
{
    m_button->setVisible(!m_mainHtml.isEmpty() && !m_technicalHtml.isEmpty());
    if (m_mainHtml.isEmpty()) {
        m_browser->clear();
        return;
    }
    QString html = m_mainHtml;
    if (m_button->isChecked() && !m_technicalHtml.isEmpty())
        html += QStringLiteral("<a name='technical'></a><h3 style='color: %1; margin-top: 14px; margin-bottom: 4px;'>"
                               "%2</h3>")
                    .arg(Palette::heading().name(), tr("Technical details").toHtmlEscaped()) +
                m_technicalHtml;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(html);
    if (keepScroll)
        m_browser->verticalScrollBar()->setValue(scroll);
}

void TechnicalDetailsPane::retranslateButton()
{
    // The arrow says which way it goes; the words say what it holds, for screen readers too.
    const bool shown = m_button->isChecked();
    m_button->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    // No mnemonic: every letter of it is taken on 6.1, 6.3 or the menu bar; Tab reaches it.
    m_button->setText(tr("Technical details"));
    m_button->setToolTip(shown ? tr("Hide the serial numbers, full names and codes")
                               : tr("Show the serial numbers, full names and codes"));
    m_button->setAccessibleName(tr("Technical details"));
}

} // namespace hocbaso::ui
