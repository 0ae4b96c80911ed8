// Russian notes on the entries of list blocks (the schema's item.notes: one address, route,
// rule or tracked object per line), keyed by the list keyword's path.
const ADDRESS = "IPv4 или IPv6 (определяется по ':'). Префикс по умолчанию — /32 или /128. Неизвестное слово-параметр: ошибка, слово игнорируется. Параметр без значения — адрес отбрасывается. Семейство адресов должно совпадать с экземпляром. Повторы игнорируются с ошибкой.";
const ROUTE = "Синтаксис как у 'ip route add'.";
const RULE = "Синтаксис как у 'ip rule add'. Если preference не указан, он выбирается автоматически с предупреждением.";
const WEIGHT = "Второе слово должно быть 'weight', за ним — значение; иначе ошибка, строка игнорируется.";
const TRACK_INTERFACE = WEIGHT + ' +/-254 принимается, но с ошибкой меняется на +/-253. Интерфейс должен существовать, если нет dynamic_interfaces.';
const TRACK_SCRIPT = WEIGHT + " vrrp_script должен быть определён РАНЬШЕ в файле, иначе '(INST) track script NAME not found, ignoring...'. +/-254 становится +/-253. Вес и reverse по умолчанию берутся из vrrp_script.";
const TRACK_FILE = WEIGHT + ' Блок track_file должен быть определён выше. Вес по умолчанию берётся из блока track_file.';
const TRACK_PROCESS = WEIGHT + ' vrrp_track_process должен быть определён выше.';
const TRACK_BFD = WEIGHT + ' bfd_instance должен быть определён выше.';

export const RU_ITEM_NOTES: Record<string, string> = {
  static_ipaddress: ADDRESS,
  static_routes: ROUTE,
  static_rules: RULE,
  'vrrp_sync_group/track_interface': TRACK_INTERFACE,
  'vrrp_sync_group/track_script': TRACK_SCRIPT,
  'vrrp_sync_group/track_file': TRACK_FILE,
  'vrrp_sync_group/track_process': TRACK_PROCESS,
  'vrrp_sync_group/track_bfd': TRACK_BFD,
  'vrrp_instance/track_interface': TRACK_INTERFACE,
  'vrrp_instance/track_script': TRACK_SCRIPT,
  'vrrp_instance/track_file': TRACK_FILE,
  'vrrp_instance/track_process': TRACK_PROCESS,
  'vrrp_instance/track_bfd': TRACK_BFD,
  'vrrp_instance/virtual_ipaddress': ADDRESS,
  'vrrp_instance/virtual_ipaddress_excluded': ADDRESS,
  'vrrp_instance/virtual_routes': ROUTE,
  'vrrp_instance/virtual_rules': RULE,
  virtual_server_group: 'Порт 0 или его отсутствие означает «без порта». Диапазоны: a.b.c.d-e (последний октет) или полный начало-конец; в форме с префиксом биты хоста должны быть нулевыми.',
};
