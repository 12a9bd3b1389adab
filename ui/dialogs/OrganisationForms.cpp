#include "OrganisationForms.h"

#include "Palette.h"
#include "StandardButtons.h"
#include "core/Statuses.h"
#include "core/VietnameseText.h"
#include "services/SchoolContacts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace hocbaso::ui {

OrganisationForm::OrganisationForm(services::ServiceContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{}

void OrganisationForm::finish(QFormLayout* form, const QString& okText)
{
    auto* layout = new QVBoxLayout(this);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(form);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: %1; border: 1px solid "
                                                 "#f1b0a9; border-radius: 4px; padding: 6px 8px; }")
                                      .arg(Palette::rejected().name()));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    showMessage(m_pendingMessage);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    translateButtons(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

QString OrganisationForm::message() const
{
    return m_messageLabel && m_messageLabel->isVisible() ? m_messageLabel->text() : QString();
}

void OrganisationForm::showMessage(const QString& text)
{
    // Before finish(): kept until the label exists.
    if (!m_messageLabel) {
        m_pendingMessage = text;
        return;
    }
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void OrganisationForm::succeed(const QString& code)
{
    m_written = code;
    Q_EMIT written(code);
    QDialog::accept();
}

void OrganisationForm::fillUnits(QComboBox* box, const QString& current, const QString& excludeSubtreeOf)
{
    box->clear();
    auto units = services::UnitAdmin(m_context).units();
    if (!units) {
        showMessage(units.errorString());
        return;
    }
    // A unit cannot go under itself or under one of its own units.
    QSet<QString> excluded;
    if (!excludeSubtreeOf.isEmpty()) {
        excluded.insert(excludeSubtreeOf);
        for (bool grew = true; grew;) {
            grew = false;
            for (const services::UnitListing& u : *units) {
                if (excluded.contains(u.parentCode) && !excluded.contains(u.unit.code)) {
                    excluded.insert(u.unit.code);
                    grew = true;
                }
            }
        }
    }
    QList<Unit> choices;
    for (const services::UnitListing& u : *units) {
        if (!u.unit.closedAt.isValid() && m_context.actor.covers(u.unit.id) && !excluded.contains(u.unit.code))
            choices.append(u.unit);
    }
    std::sort(choices.begin(), choices.end(),
              [](const Unit& a, const Unit& b) { return text::compareText(a.name, b.name) < 0; });
    for (const Unit& u : choices)
        box->addItem(QStringLiteral("%1 - %2").arg(u.code, u.name), u.code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

// --- Units -------------------------------------------------------------------------------------

UnitFormDialog::UnitFormDialog(services::ServiceContext& context, QWidget* parent) : OrganisationForm(context, parent)
{}

UnitFormDialog* UnitFormDialog::forNew(services::ServiceContext& context, const QString& parentCode, QWidget* parent)
{
    auto* d = new UnitFormDialog(context, parent);
    d->setWindowTitle(tr("New managing unit"));
    auto* form = new QFormLayout;
    d->m_code = new QLineEdit(d);
    d->m_code->setObjectName(QStringLiteral("codeLineEdit"));
    d->m_code->setPlaceholderText(tr("e.g. XA07"));
    d->m_name = new QLineEdit(d);
    d->m_name->setObjectName(QStringLiteral("nameLineEdit"));
    d->m_name->setPlaceholderText(tr("e.g. UBND xã An Bình"));
    d->m_level = new QComboBox(d);
    d->m_level->setObjectName(QStringLiteral("levelComboBox"));
    for (UnitLevel l : {UnitLevel::Xa, UnitLevel::So, UnitLevel::Phong})
        d->m_level->addItem(label(l), int(l));
    d->m_parent = new QComboBox(d);
    d->m_parent->setObjectName(QStringLiteral("parentComboBox"));
    // Only an administrator of the whole store adds a unit at the top (a Sở).
    if (context.actor.system || context.actor.unitId <= 0)
        d->m_parent->addItem(tr("(none: at the top of the tree)"), QString());
    QComboBox tmp;
    d->fillUnits(&tmp, parentCode);
    for (int i = 0; i < tmp.count(); ++i)
        d->m_parent->addItem(tmp.itemText(i), tmp.itemData(i));
    d->m_parent->setCurrentIndex(std::max(0, d->m_parent->findData(parentCode)));
    // A unit at the top is a Sở; one below it a commune, which the level box then says.
    const auto levelForParent = [d] {
        const bool top = d->m_parent->currentData().toString().isEmpty();
        d->m_level->setCurrentIndex(d->m_level->findData(int(top ? UnitLevel::So : UnitLevel::Xa)));
    };
    connect(d->m_parent, &QComboBox::currentIndexChanged, d, levelForParent);
    levelForParent();
    form->addRow(tr("&Code:"), d->m_code);
    form->addRow(tr("&Name:"), d->m_name);
    form->addRow(tr("&Above it:"), d->m_parent);
    form->addRow(tr("&Level:"), d->m_level);
    d->finish(form, tr("Add the unit"));
    d->m_code->setFocus();
    return d;
}

UnitFormDialog* UnitFormDialog::forRename(services::ServiceContext& context, const Unit& unit, QWidget* parent)
{
    auto* d = new UnitFormDialog(context, parent);
    d->setWindowTitle(tr("Rename %1").arg(unit.code));
    d->m_renaming = unit.code;
    auto* form = new QFormLayout;
    d->m_name = new QLineEdit(unit.name, d);
    d->m_name->setObjectName(QStringLiteral("nameLineEdit"));
    auto* code = new QLabel(unit.code, d);
    form->addRow(tr("Code:"), code);
    form->addRow(tr("&Name:"), d->m_name);
    d->finish(form, tr("Save"));
    d->m_name->selectAll();
    d->m_name->setFocus();
    return d;
}

void UnitFormDialog::accept()
{
    services::UnitAdmin admin(m_context);
    if (!m_renaming.isEmpty()) {
        if (auto s = admin.renameUnit(m_renaming, m_name->text()); !s) {
            showMessage(s.errorString());
            return;
        }
        succeed(m_renaming);
        return;
    }
    const QString code = m_code->text().trimmed();
    auto added = admin.addUnit(code, m_name->text(), UnitLevel(m_level->currentData().toInt()),
                               m_parent->currentData().toString());
    if (!added) {
        showMessage(added.errorString());
        return;
    }
    succeed(added->code);
}

// --- Schools -----------------------------------------------------------------------------------

SchoolFormDialog::SchoolFormDialog(services::ServiceContext& context, QWidget* parent)
    : OrganisationForm(context, parent)
{
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeLineEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. Trường Tiểu học An Bình"));
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitComboBox"));
    m_ownership = new QComboBox(this);
    m_ownership->setObjectName(QStringLiteral("ownershipComboBox"));
    for (Ownership o : {Ownership::Public, Ownership::Private})
        m_ownership->addItem(label(o), int(o));
    m_taxCode = new QLineEdit(this);
    m_taxCode->setObjectName(QStringLiteral("taxCodeLineEdit"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressLineEdit"));
    m_contactPerson = new QLineEdit(this);
    m_contactPerson->setObjectName(QStringLiteral("contactPersonLineEdit"));
    m_contactPerson->setPlaceholderText(tr("e.g. Nguyễn Thị Lan (vice principal)"));
    m_contactPhone = new QLineEdit(this);
    m_contactPhone->setObjectName(QStringLiteral("contactPhoneLineEdit"));
}

SchoolFormDialog* SchoolFormDialog::forNew(services::ServiceContext& context, const QString& unitCode, QWidget* parent)
{
    auto* d = new SchoolFormDialog(context, parent);
    d->setWindowTitle(tr("New school"));
    d->fillUnits(d->m_unit, unitCode);
    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), d->m_code);
    form->addRow(tr("&Name:"), d->m_name);
    form->addRow(tr("&Managing unit:"), d->m_unit);
    form->addRow(tr("&Ownership:"), d->m_ownership);
    form->addRow(tr("&Tax code:"), d->m_taxCode);
    form->addRow(tr("A&ddress:"), d->m_address);
    d->finish(form, tr("Add the school"));
    // The contact is filled in afterwards, in the school's own form.
    d->m_contactPerson->hide();
    d->m_contactPhone->hide();
    d->m_code->setFocus();
    return d;
}

SchoolFormDialog* SchoolFormDialog::forEdit(services::ServiceContext& context, const School& school, QWidget* parent)
{
    auto* d = new SchoolFormDialog(context, parent);
    d->setWindowTitle(tr("School %1").arg(school.code));
    d->m_editing = school;
    d->m_name->setText(school.name);
    d->m_ownership->setCurrentIndex(d->m_ownership->findData(int(school.ownership)));
    d->m_taxCode->setText(school.taxCode);
    d->m_address->setText(school.address);
    if (auto contact = services::SchoolContacts(context).get(school.code)) {
        d->m_contact = *contact;
        d->m_contactPerson->setText(contact->person);
        d->m_contactPhone->setText(contact->phone);
    }
    auto* form = new QFormLayout;
    // The code and the unit are not edited here: the code names the school everywhere, and a change
    // of unit is a move, audited as one.
    form->addRow(tr("Code:"), new QLabel(school.code, d));
    form->addRow(tr("&Name:"), d->m_name);
    form->addRow(tr("&Ownership:"), d->m_ownership);
    form->addRow(tr("&Tax code:"), d->m_taxCode);
    form->addRow(tr("A&ddress:"), d->m_address);
    form->addRow(tr("Contact &person:"), d->m_contactPerson);
    form->addRow(tr("P&hone:"), d->m_contactPhone);
    d->finish(form, tr("Save"));
    d->m_code->hide();
    d->m_unit->hide();
    d->m_name->setFocus();
    return d;
}

void SchoolFormDialog::accept()
{
    services::UnitAdmin admin(m_context);
    const auto ownership = Ownership(m_ownership->currentData().toInt());
    if (m_editing) {
        services::SchoolChanges changes;
        if (m_name->text() != m_editing->name)
            changes.name = m_name->text();
        if (ownership != m_editing->ownership)
            changes.ownership = ownership;
        if (m_taxCode->text() != m_editing->taxCode)
            changes.taxCode = m_taxCode->text();
        if (m_address->text() != m_editing->address)
            changes.address = m_address->text();
        const SchoolContact contact{m_contactPerson->text(), m_contactPhone->text()};
        const bool contactChanged = contact.person != m_contact.person || contact.phone != m_contact.phone;
        const bool schoolChanged = changes.name || changes.ownership || changes.taxCode || changes.address;
        if (!schoolChanged && !contactChanged) {
            QDialog::reject();
            return;
        }
        // The contact first: its phone is the field most likely refused, and then nothing is saved.
        if (contactChanged) {
            if (auto r = services::SchoolContacts(m_context).set(m_editing->code, contact); !r) {
                showMessage(r.errorString());
                return;
            }
            m_contact = contact;
        }
        if (schoolChanged) {
            if (auto r = admin.updateSchool(m_editing->code, changes); !r) {
                showMessage(r.errorString());
                return;
            }
        }
        succeed(m_editing->code);
        return;
    }
    auto added = admin.addSchool(m_code->text().trimmed(), m_name->text(), m_unit->currentData().toString(), ownership,
                                 m_taxCode->text(), m_address->text());
    if (!added) {
        showMessage(added.errorString());
        return;
    }
    succeed(added->code);
}

// --- Moves -------------------------------------------------------------------------------------

MoveDialog::MoveDialog(services::ServiceContext& context, What what, const QString& code, const QString& name,
                       const QString& currentUnitCode, QWidget* parent)
    : OrganisationForm(context, parent), m_what(what), m_code(code)
{
    setWindowTitle(what == What::School ? tr("Move school %1").arg(code) : tr("Move unit %1").arg(code));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    fillUnits(m_target, QString(), what == What::Unit ? code : QString());
    // A school moves to another unit; a unit may stay under the same one only by not moving.
    if (what == What::School)
        m_target->removeItem(m_target->findData(currentUnitCode));
    auto* form = new QFormLayout;
    auto* intro = new QLabel(
        what == What::School
            ? tr("%1 keeps its pupils, records, certificates, requests and history. From the move on, the officers of "
                 "the new unit manage it and its lock dates come from the new unit.")
                  .arg(name)
            : tr("%1 keeps its schools and users; it then stands under the unit chosen here.").arg(name),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Move to:"), m_target);
    finish(form, tr("Move"));
    m_target->setFocus();
}

void MoveDialog::accept()
{
    const QString target = m_target->currentData().toString();
    services::UnitAdmin admin(m_context);
    const Status s = m_what == What::School ? admin.moveSchool(m_code, target) : admin.moveUnit(m_code, target);
    if (!s) {
        showMessage(s.errorString());
        return;
    }
    succeed(m_code);
}

} // namespace hocbaso::ui
