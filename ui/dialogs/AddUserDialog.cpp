#include "AddUserDialog.h"

#include "StandardButtons.h"
#include "services/UserAdmin.h"
#include "ui_AddUserDialog.h"

#include <QEvent>
#include <QPushButton>

namespace hocbaso::ui {

AddUserDialog::AddUserDialog(services::ServiceContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_ui(std::make_unique<Ui::AddUserDialog>())
{
    m_ui->setupUi(this);
    m_ui->passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->repeatPasswordLineEdit->setEchoMode(QLineEdit::Password);
    m_ui->messageLabel->hide();
    for (Role r : {Role::Officer, Role::Viewer, Role::Admin, Role::School})
        m_ui->roleComboBox->addItem(label(r), int(r));
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &AddUserDialog::updateSchoolEnabled);
    connect(m_ui->unitComboBox, &QComboBox::currentIndexChanged, this, &AddUserDialog::loadSchools);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    loadUnits();
    updateSchoolEnabled();
}

AddUserDialog::~AddUserDialog() = default;

void AddUserDialog::loadUnits()
{
    services::UserAdmin admin(m_context);
    auto units = admin.units();
    m_ui->unitComboBox->clear();
    if (!units) {
        showMessage(units.errorString());
        return;
    }
    for (const Unit& u : *units)
        m_ui->unitComboBox->addItem(QStringLiteral("%1 - %2").arg(u.code, u.name), u.id);
    const int own = m_ui->unitComboBox->findData(m_context.actor.unitId);
    m_ui->unitComboBox->setCurrentIndex(own >= 0 ? own : 0);
    loadSchools();
}

void AddUserDialog::loadSchools()
{
    m_ui->schoolComboBox->clear();
    const qint64 unitId = m_ui->unitComboBox->currentData().toLongLong();
    if (unitId <= 0)
        return;
    services::UserAdmin admin(m_context);
    auto schools = admin.schools(unitId);
    if (!schools) {
        showMessage(schools.errorString());
        return;
    }
    for (const School& s : *schools)
        m_ui->schoolComboBox->addItem(QStringLiteral("%1 - %2").arg(s.code, s.name), s.id);
}

void AddUserDialog::preselect(Role role, qint64 unitId, qint64 schoolId)
{
    m_ui->roleComboBox->setCurrentIndex(std::max(0, m_ui->roleComboBox->findData(int(role))));
    if (const int unit = m_ui->unitComboBox->findData(unitId); unit >= 0)
        m_ui->unitComboBox->setCurrentIndex(unit);
    if (const int school = m_ui->schoolComboBox->findData(schoolId); school >= 0)
        m_ui->schoolComboBox->setCurrentIndex(school);
}

void AddUserDialog::updateSchoolEnabled()
{
    const bool school = Role(m_ui->roleComboBox->currentData().toInt()) == Role::School;
    m_ui->schoolComboBox->setEnabled(school);
    m_ui->schoolLabel->setEnabled(school);
}

void AddUserDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString AddUserDialog::message() const
{
    return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString();
}

void AddUserDialog::accept()
{
    services::NewUser u;
    u.username = m_ui->usernameLineEdit->text().trimmed();
    u.displayName = m_ui->displayNameLineEdit->text();
    u.role = Role(m_ui->roleComboBox->currentData().toInt());
    u.unitId = m_ui->unitComboBox->currentData().toLongLong();
    u.schoolId = u.role == Role::School ? m_ui->schoolComboBox->currentData().toLongLong() : 0;
    services::UserAdmin admin(m_context);
    auto id = admin.add(u, m_ui->passwordLineEdit->text(), m_ui->repeatPasswordLineEdit->text());
    if (!id) {
        showMessage(id.errorString());
        return;
    }
    m_ui->passwordLineEdit->clear();
    m_ui->repeatPasswordLineEdit->clear();
    Q_EMIT userAdded(u.username);
    QDialog::accept();
}

void AddUserDialog::retranslate()
{
    m_ui->retranslateUi(this);
    translateButtons(m_ui->buttonBox);
    static const Role roles[] = {Role::Officer, Role::Viewer, Role::Admin, Role::School};
    for (int i = 0; i < m_ui->roleComboBox->count() && i < 4; ++i)
        m_ui->roleComboBox->setItemText(i, label(roles[i]));
    if (QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok))
        ok->setText(tr("Add user"));
}

void AddUserDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace hocbaso::ui
