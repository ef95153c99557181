// While a job runs, the jobs page reloads itself every few seconds so its status and counts stay current.
(() => {
  const main = document.getElementById('main');
  if (main && main.dataset.running === 'true') {
    setTimeout(() => window.location.reload(), 3000);
  }
})();
