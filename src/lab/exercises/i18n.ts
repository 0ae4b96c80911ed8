// The walkthrough steps' titles and goals in every UI language. English is what the step
// definitions (steps/*.ts) say — a test keeps the two equal — and the manifest's walkthrough
// (package.nls*.json) uses the same titles; ru has the same keys (the type enforces it).
// The checks and explanations a step's verification writes come from checkTexts/ (en/ru); a run
// records their language, and the lab report says when it differs from the report's.
import type { Lang } from '../report/i18n';
import { STEPS } from './steps';
import { StepDefinition, StepId } from './types';

export interface StepTexts {
  title: string;
  goal: string;
}

const en: Record<StepId, StepTexts> = Object.fromEntries(STEPS.map((s) => [s.id, { title: s.title, goal: s.goal }])) as Record<StepId, StepTexts>;

const ru: Record<StepId, StepTexts> = {
  reach: {
    title: 'Подключиться к лаборатории',
    goal: 'Подключиться по SSH к каждому хосту лаборатории, узнать версии keepalived, ipvsadm, nginx и curl и проверить, что в ядре директоров есть IPVS (балансировщик в ядре, которым управляет keepalived): /proc/net/ip_vs существует или `modprobe ip_vs` загружает модуль.',
  },
  'real-servers': {
    title: 'Подготовить реальные серверы',
    goal: 'На каждом реальном сервере: установлен и запущен nginx со страницей, на которой написано имя хоста; VIP на lo как адрес хоста /32 (чтобы сервер принимал пакеты, адресованные VIP, — именно их доставляет прямая маршрутизация); arp_ignore=1 / arp_announce=2 для all и lo (чтобы сервер никогда не отвечал на ARP-запросы о VIP: это может делать только директор). Затем клиент запрашивает страницу каждого реального сервера напрямую.',
  },
  directors: {
    title: 'Подготовить директоры',
    goal: 'На каждом директоре: установлены ipvsadm (чтобы смотреть таблицу IPVS) и keepalived (VRRP для VIP и таблица IPVS из его блоков virtual_server), загружен модуль ядра ip_vs. keepalived сам заполняет таблицу IPVS: добавлять сервисы вручную через ipvsadm, как в исходной лабораторной, не нужно.',
  },
  'keepalived-config': {
    title: 'Настроить keepalived',
    goal: 'Сгенерировать keepalived.conf обоих директоров из файла лаборатории: одинаковые virtual_router_id, аутентификация и VIP, приоритеты 150 и 100, vrrp_script с абсолютным путём, запускаемый при enable_script_security и script_user, и virtual_server (DR, round robin) с обоими реальными серверами за TCP-проверкой. Наш анализатор проверяет их (ни одного предупреждения), `keepalived -t` на каждом директоре проверяет их до того, как они что-либо заменят, затем keepalived запускается. Вместо этого можно проверить собственные конфигурации.',
  },
  vrrp: {
    title: 'Проверить VRRP',
    goal: 'Проверить, что keepalived сделал из конфигураций: VIP держит ровно один директор, он в состоянии MASTER и у него выше приоритет, другой — BACKUP; `ipvsadm -Ln` на обоих директорах показывает виртуальный сервис с обоими реальными серверами.',
  },
  traffic: {
    title: 'Пустить трафик через VIP',
    goal: 'Отправить N запросов с клиента на VIP и подсчитать, какой реальный сервер ответил на каждый (его имя есть на странице), затем сравнить `ipvsadm -Ln --stats` на обоих директорах с тем, что было до этого: MASTER учёл все соединения, BACKUP — ни одного, а в DR счётчик OutPkts у MASTER остаётся 0.',
  },
  inactconn: {
    title: 'Почему InActConn не обнуляется сразу',
    goal: 'Отправить пачку запросов и сразу после ответов прочитать таблицу соединений IPVS на MASTER (`ipvsadm -Lnc`) и тайм-ауты (`ipvsadm -L --timeout`): завершённые соединения всё ещё там, учитываются как InActConn, и у каждого видно оставшееся время. Ответ на вопрос 1 исходной лабораторной — по данным.',
  },
  failover: {
    title: 'Переключение при отказе под нагрузкой',
    goal: 'Пока клиент шлёт запросы каждые 200 мс, остановить keepalived на MASTER и замерить, через сколько BACKUP получит VIP и запросы снова начнут проходить, подсчитав неудачные. Затем снова запустить keepalived на прежнем MASTER: у него выше приоритет, поэтому он забирает VIP обратно (вытеснение, preemption) — это тоже замеряется.',
  },
  'active-active': {
    title: 'Спланировать VIP в режиме active-active',
    goal: 'С одним VIP один директор занят, а другой простаивает. Если VIP несколько, каждый директор — MASTER для части из них. По числу директоров, входящему трафику, скорости каналов и числу директоров, которые могут отказать, планировщик находит наименьшее число VIP и для каждого — кто MASTER, а кто BACKUP, так чтобы после любого допустимого отказа ни один канал не был загружен полностью, и показывает, почему меньшего числа VIP не хватает. Он генерирует конфигурации (проверенные нашим анализатором) и может развернуть их в лаборатории.',
  },
};

export const STEP_TEXTS: Record<Lang, Record<StepId, StepTexts>> = { en, ru };

/** A step's title and goal in a UI language. */
export function stepTexts(step: StepDefinition | StepId, lang: Lang): StepTexts {
  const id = typeof step === 'string' ? step : step.id;
  return STEP_TEXTS[lang][id];
}
