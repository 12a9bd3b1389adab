#include "CommonLockDialog.h"

#include "Prompter.h"
#include "StandardButtons.h"
#include "core/LookupCode.h"
#include "ui_CommonLockDialog.h"

#include <QEvent>
#include <QPushButton>

namespace hocbaso::ui {

CommonLockDialog::CommonLockDialog(services::ServiceContext& context, Prompter& prompter, Kind kind, int schoolYear,
                                   const QList<QPair<QString, QString>>& schools, const QDate& today, QWidget* parent)
    : QDialog(parent), m_context(context), m_prompter(prompter), m_kind(kind), m_year(schoolYear),
      m_ui(std::make_unique<Ui::CommonLockDialog>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    for (const auto& [code, name] : schools) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 – %2").arg(code, name), m_ui->schoolsListWidget);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const SchoolYear year{schoolYear};
    m_ui->dateDateEdit->setDateRange(year.firstDay(), year.lastDay());
    m_ui->dateDateEdit->setDate(year.contains(today) ? today : year.lastDay());
    // The list only means something when the change is not for the whole unit.
    connect(m_ui->allSchoolsCheckBox, &QCheckBox::toggled, m_ui->schoolsListWidget,
            [this](bool all) { m_ui->schoolsListWidget->setEnabled(!all); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CommonLockDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

CommonLockDialog::~CommonLockDialog() = default;

QList<QCheckBox*> CommonLockDialog::gradeBoxes() const
{
    return {m_ui->grade1CheckBox, m_ui->grade2CheckBox, m_ui->grade3CheckBox, m_ui->grade4CheckBox,
            m_ui->grade5CheckBox};
}

services::LockChange CommonLockDialog::change() const
{
    services::LockChange c;
    c.allSchools = m_ui->allSchoolsCheckBox->isChecked();
    if (!c.allSchools) {
        for (int i = 0; i < m_ui->schoolsListWidget->count(); ++i) {
            const QListWidgetItem* item = m_ui->schoolsListWidget->item(i);
            if (item->checkState() == Qt::Checked)
                c.schoolCodes.append(item->data(Qt::UserRole).toString());
        }
    }
    const QList<QCheckBox*> boxes = gradeBoxes();
    for (int i = 0; i < boxes.size(); ++i) {
        if (boxes.at(i)->isChecked())
            c.grades.append(i + 1);
    }
    c.schoolYear = m_year;
    if (m_kind == Kind::Receive)
        c.receive = m_ui->dateDateEdit->date();
    else
        c.revoke = m_ui->dateDateEdit->date();
    return c;
}

QString CommonLockDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QPushButton* CommonLockDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

void CommonLockDialog::setAllSchools(bool all)
{
    m_ui->allSchoolsCheckBox->setChecked(all);
}

void CommonLockDialog::setSchools(const QStringList& codes)
{
    for (int i = 0; i < m_ui->schoolsListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->schoolsListWidget->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void CommonLockDialog::setGrades(const QList<int>& grades)
{
    const QList<QCheckBox*> boxes = gradeBoxes();
    for (int i = 0; i < boxes.size(); ++i)
        boxes.at(i)->setChecked(grades.contains(i + 1));
}

void CommonLockDialog::setDate(const QDate& date)
{
    m_ui->dateDateEdit->setDate(date);
}

void CommonLockDialog::accept()
{
    const services::LockChange c = change();
    // The service reads no grades as all five; here an empty choice is a forgotten tick.
    if (c.grades.isEmpty()) {
        showMessage(tr("Tick at least one grade."));
        return;
    }
    if (!c.allSchools && c.schoolCodes.isEmpty()) {
        showMessage(tr("Tick \"All schools of the unit\" or at least one school."));
        return;
    }
    services::LockService locks(m_context);
    const Status saved = locks.set(
        c, [this](const QString& question) { return m_prompter.confirm(this, windowTitle(), question, tr("Save")); });
    if (!saved) {
        showMessage(saved.errorString());
        return;
    }
    QDialog::accept();
}

void CommonLockDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void CommonLockDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CommonLockDialog::retranslate()
{
    m_ui->retranslateUi(this);
    translateButtons(m_ui->buttonBox);
    const QString yearLabel = SchoolYear{m_year}.label();
    if (m_kind == Kind::Receive) {
        setWindowTitle(tr("Configure the receive lock"));
        m_ui->introLabel->setText(tr("School year %1: from the receive-lock date on, the chosen schools can no longer "
                                     "send records of the chosen grades.")
                                      .arg(yearLabel));
        m_ui->dateLabel->setText(tr("Receive-lock date:"));
    } else {
        setWindowTitle(tr("Configure the revoke lock"));
        m_ui->introLabel->setText(tr("School year %1: from the revoke-lock date on, the chosen schools can no longer "
                                     "ask to revoke records of the chosen grades.")
                                      .arg(yearLabel));
        m_ui->dateLabel->setText(tr("Revoke-lock date:"));
    }
    // Named apart from the standard button so the Vietnamese can say "Ghi", as in the guide.
    if (QPushButton* save = saveButton())
        save->setText(tr("Save"));
}

} // namespace hocbaso::ui
