#include "SettingsDialog.h"

#include "AppSettings.h"
#include "StandardButtons.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QRegularExpression>

namespace hocbaso::ui {

SettingsDialog::SettingsDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->idleSpinBox->setRange(AppSettings::kMinIdleMinutes, AppSettings::kMaxIdleMinutes);
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    retranslate();
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_ui->idleSpinBox->setValue(m_settings.idleMinutes());
    m_ui->hotlineLineEdit->setText(m_settings.supportHotline());
    m_ui->emailLineEdit->setText(m_settings.supportEmail());
}

void SettingsDialog::restoreDefaults()
{
    m_ui->idleSpinBox->setValue(AppSettings::kDefaultIdleMinutes);
    m_ui->hotlineLineEdit->setText(AppSettings::defaultHotline());
    m_ui->emailLineEdit->setText(AppSettings::defaultEmail());
}

void SettingsDialog::accept()
{
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = m_ui->emailLineEdit->text().trimmed();
    QString problem;
    // Both may stay empty (no contact is shown), but an email must be one.
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch())
        problem = tr("\"%1\" is not an email address.").arg(email);
    if (!problem.isEmpty()) {
        m_ui->messageLabel->setText(problem);
        m_ui->messageLabel->show();
        return;
    }
    m_settings.setIdleMinutes(m_ui->idleSpinBox->value());
    m_settings.setSupportHotline(m_ui->hotlineLineEdit->text());
    m_settings.setSupportEmail(email);
    m_settings.sync();
    QDialog::accept();
}

void SettingsDialog::retranslate()
{
    m_ui->retranslateUi(this);
    translateButtons(m_ui->buttonBox);
    m_ui->idleSpinBox->setSuffix(tr(" minutes"));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
