import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Field } from '../../components/Field';
import { QueryProblem } from '../../components/QueryProblem';
import { portalApi } from '../../lib/api/portal';
import type { NewStaffMember, Restaurant, Role, StaffMember, User } from '../../lib/api/portalTypes';
import { strings } from '../../lib/strings';

const t = strings.portal.staff;
const ROLES: Role[] = ['STAFF', 'MANAGER'];

/** Who works here: hire (or give an existing user the membership), change a role, dismiss. */
export function StaffPage({ restaurant, user }: { restaurant: Restaurant; user: User }) {
  const queryClient = useQueryClient();
  const key = ['staff', restaurant.id];
  const staff = useQuery({ queryKey: key, queryFn: ({ signal }) => portalApi.staff(restaurant.id, signal) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const hire = useMutation({ mutationFn: (member: NewStaffMember) => portalApi.hire(restaurant.id, member), onSuccess: refresh });
  const dismiss = useMutation({ mutationFn: (id: string) => portalApi.dismiss(restaurant.id, id), onSuccess: refresh });
  const [form, setForm] = useState({ email: '', name: '', password: '', role: 'STAFF' as Role });

  function submit(event: FormEvent) {
    event.preventDefault();
    hire.mutate(
      { email: form.email.trim(), name: form.name.trim() || undefined, password: form.password || undefined, role: form.role },
      { onSuccess: () => setForm({ email: '', name: '', password: '', role: 'STAFF' }) },
    );
  }

  function changeRole(member: StaffMember, role: Role) {
    hire.mutate({ email: member.email, role });
  }

  return (
    <main className="page page--wide">
      <h1 className="page__title">{t.title}</h1>
      {staff.isError && <QueryProblem error={staff.error} onRetry={() => void staff.refetch()} />}
      {(hire.isError || dismiss.isError) && <QueryProblem error={hire.error ?? dismiss.error} />}
      <ul className="staff-list">
        {staff.data?.items.map((member) => (
          <li key={member.id} className="staff-list__item">
            <span className="staff-list__who">
              <strong>{member.name}</strong>{member.id === user.id && <span className="muted"> ({t.you})</span>}
              <span className="muted">{member.email}</span>
            </span>
            <label className="sr-only" htmlFor={`role-${member.id}`}>{t.changeRole(member.name)}</label>
            <select id={`role-${member.id}`} className="field__input staff-list__role" value={member.role}
              onChange={(e) => changeRole(member, e.target.value as Role)}>
              {ROLES.map((role) => <option key={role} value={role}>{strings.portal.picker.role[role]}</option>)}
            </select>
            <button type="button" className="button button--small button--danger-quiet" onClick={() => {
              if (window.confirm(t.dismissConfirm(member.name))) dismiss.mutate(member.id);
            }}>{t.dismiss(member.name)}</button>
          </li>
        ))}
      </ul>
      <form className="panel" onSubmit={submit} aria-labelledby="hire-title">
        <h2 id="hire-title" className="section-title">{t.hireTitle}</h2>
        <div className="settings-grid">
          <Field label={t.email} type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
          <Field label={t.name} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          <Field label={t.password} type="password" autoComplete="new-password" value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })} />
          <div className="field">
            <label className="field__label" htmlFor="hire-role">{t.role}</label>
            <select id="hire-role" className="field__input" value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
              {ROLES.map((role) => <option key={role} value={role}>{strings.portal.picker.role[role]}</option>)}
            </select>
          </div>
        </div>
        <button type="submit" className="button button--primary" disabled={!form.email || hire.isPending}>{t.hire}</button>
      </form>
    </main>
  );
}
