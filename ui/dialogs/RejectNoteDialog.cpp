#include "RejectNoteDialog.h"

#include "StandardButtons.h"
#include "ui_RejectNoteDialog.h"

#include <QEvent>
#include <QPushButton>

namespace hocbaso::ui {

RejectNoteDialog::RejectNoteDialog(int count, QWidget* parent)
    : QDialog(parent), m_count(count), m_ui(std::make_unique<Ui::RejectNoteDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->notePlainTextEdit, &QPlainTextEdit::textChanged, this, &RejectNoteDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RejectNoteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_ui->notePlainTextEdit->setFocus();
}

RejectNoteDialog::~RejectNoteDialog() = default;

QString RejectNoteDialog::note() const
{
    return m_ui->notePlainTextEdit->toPlainText().trimmed();
}

QPushButton* RejectNoteDialog::rejectButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

void RejectNoteDialog::accept()
{
    // The button is disabled while the note is empty; Ctrl+Enter or a script must not get past it.
    if (note().isEmpty() || note().size() > kMaxLength)
        return;
    QDialog::accept();
}

void RejectNoteDialog::updateButtons()
{
    const qsizetype length = note().size();
    rejectButton()->setEnabled(length > 0 && length <= kMaxLength);
    m_ui->lengthLabel->setText(length > kMaxLength ? tr("%1 characters: at most %2.").arg(length).arg(kMaxLength)
                                                   : QString());
    m_ui->lengthLabel->setVisible(length > kMaxLength);
}

void RejectNoteDialog::retranslate()
{
    m_ui->retranslateUi(this);
    translateButtons(m_ui->buttonBox);
    rejectButton()->setText(tr("&Reject"));
    m_ui->questionLabel->setText(
        tr("Reject %n revocation request(s)? The records stay sent, and the school reads your note.", "", m_count));
    updateButtons();
}

void RejectNoteDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
