/**
 * Index-page filters without a framework: each <form data-filters="<table id>"> narrows the
 * table's rows by hiding those whose data-<name> differs from a <select name>, or whose text
 * lacks the <input type="search"> words. The table is complete HTML without JavaScript; the
 * form stays hidden until this runs. Choices are kept in the query string (?origin=china).
 */
type Field = HTMLSelectElement | HTMLInputElement;

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filters]')) {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>(`#${form.dataset.filters} tbody tr`)];
  const fields = [...form.querySelectorAll<Field>('select, input')];
  const status = form.querySelector('output');
  const params = new URLSearchParams(location.search);
  for (const f of fields) f.value = params.get(f.name) ?? f.value;
  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      row.hidden = !fields.every((f) =>
        !f.value || (f.type === 'search' ? row.textContent!.toLowerCase().includes(f.value.trim().toLowerCase()) : row.dataset[f.name] === f.value));
      if (!row.hidden) shown++;
    }
    if (status) status.textContent = `${shown} of ${rows.length} shown`;
    const q = new URLSearchParams(fields.filter((f) => f.value).map((f) => [f.name, f.value]));
    history.replaceState(null, '', q.size ? `?${q}` : location.pathname);
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
