#include "RejectNoteDialog.h"

#include "StandardButtons.h"
#include "ui_RejectNoteDialog.h"

#include <QEvent>
#include <QPushButton>

namespace hocbaso::ui {

RejectNoteDialog::RejectNoteDialog(int count, QWidget* parent)
    : RejectNoteDialog(Purpose::RejectRevocationRequests, count, parent)
{}

RejectNoteDialog::RejectNoteDialog(Purpose purpose, int count, QWidget* parent)
    : QDialog(parent), m_purpose(purpose), m_count(count), m_ui(std::make_unique<Ui::RejectNoteDialog>())
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
    switch (m_purpose) {
    case Purpose::RejectRevocationRequests:
        rejectButton()->setText(tr("&Reject"));
        m_ui->questionLabel->setText(
            tr("Reject %n revocation request(s)? The records stay sent, and the school reads your note.", "", m_count));
        break;
    case Purpose::RejectCertificates:
        setWindowTitle(tr("Reject certificates"));
        rejectButton()->setText(tr("&Reject"));
        m_ui->questionLabel->setText(tr("Reject %n certificate(s)? The schools cannot sign records with them, and "
                                        "they read your reason.",
                                        "", m_count));
        m_ui->noteLabel->setText(tr("&Reason for the school (required): what is wrong with the certificate?"));
        m_ui->notePlainTextEdit->setPlaceholderText(
            tr("For example: the certificate does not carry the school's name; register the school's own seal."));
        break;
    case Purpose::RevokeCertificates:
        setWindowTitle(tr("Revoke certificates"));
        rejectButton()->setText(tr("Re&voke"));
        m_ui->questionLabel->setText(tr("Revoke %n approved certificate(s)? Records signed with them from now on "
                                        "are refused; records signed before keep their approval.",
                                        "", m_count));
        m_ui->noteLabel->setText(tr("&Reason (required): why is the certificate revoked?"));
        m_ui->notePlainTextEdit->setPlaceholderText(
            tr("For example: the school reported its USB token lost; the key may be compromised."));
        break;
    }
    updateButtons();
}

void RejectNoteDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
