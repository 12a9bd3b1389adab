#include "FirstAdminDialog.h"

#include "StandardButtons.h"
#include "core/Statuses.h"
#include "services/StoreSetup.h"
#include "services/UnitAdmin.h"
#include "services/UserAdmin.h"
#include "ui_FirstAdminDialog.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPushButton>

namespace hocbaso::ui {

FirstAdminDialog::FirstAdminDialog(const Clock& clock, const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_clock(clock), m_databasePath(databasePath), m_ui(std::make_unique<Ui::FirstAdminDialog>())
{
    m_ui->setupUi(this);
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->repeatPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->messageLabel->hide();
    for (UnitLevel l : {UnitLevel::So, UnitLevel::Xa})
        m_ui->unitLevelComboBox->addItem(label(l), int(l));
    // A commune's office names its Sở as well: the tree has a Sở at the top (DOMAIN.md).
    connect(m_ui->unitLevelComboBox, &QComboBox::currentIndexChanged, this, &FirstAdminDialog::updateUnitFields);
    updateUnitFields();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_ui->displayNameLineEdit->setText(tr("System administrator"));
    // As tall as its contents (the message, when it appears, makes room for itself).
    resize(minimumWidth(), layout()->totalHeightForWidth(minimumWidth()));
    // "admin" is a fine name; the password is what must be typed.
    m_ui->passwordLineEdit->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

UnitLevel FirstAdminDialog::unitLevel() const
{
    return UnitLevel(m_ui->unitLevelComboBox->currentData().toInt());
}

void FirstAdminDialog::updateUnitFields()
{
    const bool commune = unitLevel() != UnitLevel::So;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->soCodeLabel), static_cast<QWidget*>(m_ui->soCodeLineEdit),
                       static_cast<QWidget*>(m_ui->soNameLabel), static_cast<QWidget*>(m_ui->soNameLineEdit)})
        w->setVisible(commune);
    m_ui->unitCodeLineEdit->setPlaceholderText(commune ? tr("e.g. XA07") : tr("e.g. SGD79"));
    m_ui->unitNameLineEdit->setPlaceholderText(commune ? tr("e.g. UBND xã An Bình")
                                                       : tr("e.g. Sở GD&ĐT Thành phố Hồ Chí Minh"));
    // The Sở's two rows need room when they appear.
    if (layout()) {
        layout()->activate();
        const int needed = std::max(layout()->totalHeightForWidth(width()), sizeHint().height());
        if (needed > height())
            resize(width(), needed);
    }
}

Status FirstAdminDialog::checkUnitFields()
{
    const bool commune = unitLevel() != UnitLevel::So;
    const QString code = m_ui->unitCodeLineEdit->text().trimmed();
    if (code.isEmpty()) {
        m_ui->unitCodeLineEdit->setFocus();
        return Error::invalid(tr("Enter the code of the managing unit (the code the sector database gives it)."));
    }
    if (auto s = services::UnitAdmin::checkCode(code); !s) {
        m_ui->unitCodeLineEdit->setFocus();
        return s;
    }
    if (m_ui->unitNameLineEdit->text().trimmed().isEmpty()) {
        m_ui->unitNameLineEdit->setFocus();
        return Error::invalid(tr("Enter the name of the managing unit."));
    }
    if (!commune)
        return {};
    const QString soCode = m_ui->soCodeLineEdit->text().trimmed();
    if (soCode.isEmpty()) {
        m_ui->soCodeLineEdit->setFocus();
        return Error::invalid(tr("Enter the code of the Sở above the commune."));
    }
    if (auto s = services::UnitAdmin::checkCode(soCode); !s) {
        m_ui->soCodeLineEdit->setFocus();
        return s;
    }
    if (soCode == code) {
        m_ui->soCodeLineEdit->setFocus();
        return Error::invalid(tr("The commune and its Sở need two different codes."));
    }
    if (m_ui->soNameLineEdit->text().trimmed().isEmpty()) {
        m_ui->soNameLineEdit->setFocus();
        return Error::invalid(tr("Enter the name of the Sở above the commune."));
    }
    return {};
}

Status FirstAdminDialog::addUnits(services::ServiceContext& context)
{
    services::UnitAdmin admin(context);
    const QString code = m_ui->unitCodeLineEdit->text().trimmed();
    QString parent;
    if (unitLevel() != UnitLevel::So) {
        parent = m_ui->soCodeLineEdit->text().trimmed();
        if (auto so = admin.addUnit(parent, m_ui->soNameLineEdit->text(), UnitLevel::So, QString()); !so)
            return so.error();
    }
    if (auto unit = admin.addUnit(code, m_ui->unitNameLineEdit->text(), unitLevel(), parent); !unit)
        return unit.error();
    return {};
}

void FirstAdminDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString FirstAdminDialog::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void FirstAdminDialog::accept()
{
    const QString username = m_ui->usernameLineEdit->text().trimmed();
    const QString password = m_ui->passwordLineEdit->text();
    const QString repeated = m_ui->repeatPasswordLineEdit->text();
    // The service's own checks first, so that a mistyped password does not create a file.
    if (auto s = services::UserAdmin::checkUsername(username); !s) {
        showMessage(s.errorString());
        m_ui->usernameLineEdit->setFocus();
        return;
    }
    if (auto s = services::UserAdmin::checkPassword(username, password, repeated); !s) {
        showMessage(s.errorString());
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    if (auto s = checkUnitFields(); !s) {
        showMessage(s.errorString());
        return;
    }
    const bool existed = QFileInfo::exists(m_databasePath);
    // Creating the schema and one Argon2id hash take a moment, as a sign-in does.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<Error> failure;
    {
        auto ws =
            workspace::Workspace::openAsSystem(workspace::StoreLocation::localFile(m_databasePath, true), m_clock);
        if (!ws) {
            failure = Error::storage(tr("The database %1 could not be created: %2")
                                         .arg(QDir::toNativeSeparators(m_databasePath), ws.errorString()));
        } else {
            auto id = services::UserAdmin((*ws)->context())
                          .addFirstAdministrator(username, m_ui->displayNameLineEdit->text(), password, repeated);
            if (!id)
                failure = id.error();
            else if (auto units = addUnits((*ws)->context()); !units)
                failure = units.error();
        }
    }
    if (failure && !existed)
        services::StoreSetup::discardNewSqliteStore(m_databasePath);
    QGuiApplication::restoreOverrideCursor();
    if (failure) {
        showMessage(failure->message);
        return;
    }
    m_ui->passwordLineEdit->clear();
    m_ui->repeatPasswordLineEdit->clear();
    m_username = username;
    QDialog::accept();
}

void FirstAdminDialog::retranslate()
{
    m_ui->retranslateUi(this);
    translateButtons(m_ui->buttonBox);
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(tr("Create the database"));
}

void FirstAdminDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
