import { useEffect, useMemo, useState } from 'react';
import { Kbd, Text } from '@mantine/core';
import { Spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import {
  IconCalendarPlus,
  IconDatabase,
  IconKey,
  IconLanguage,
  IconLock,
  IconRestore,
  IconSearch,
  IconSettings,
  IconUser,
  IconUserPlus,
  IconWifi,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { i18n } from '../i18n/index.ts';
import { useSignedIn } from '../session/session.tsx';
import { SETTINGS_TABS } from '../screens/settings/tabs.tsx';
import { screensFor } from './screens.tsx';
import { toggleLanguage } from './LanguageSwitch.tsx';
import { paletteStore, selectFirstPaletteEntry } from '../components/palette-store.ts';
import { useCustomerSearch } from '../components/useCustomerSearch.ts';
import { VipBadge } from '../components/VipBadge.tsx';
import { formatPhone } from '../../../shared/identifiers.ts';
import { paletteFilter } from './paletteFilter.ts';

/** Both languages' words for a catalogue key, so either finds the entry whatever language is shown. */
function keywordsFor(key: string): string[] {
  return ['en', 'zh-CN'].map((lng) => i18n.getFixedT(lng)(key));
}

/** Customers listed once this much is typed: one letter would match half the shop. */
const CUSTOMER_QUERY_MIN = 2;
const CUSTOMERS_SHOWN = 5;

/**
 * Ctrl+K: every screen and every console action, found by typing; and customers, by what the
 * customer search finds (phone digits, name, pinyin initials such as "zs" for 张三, a plate), Enter
 * opening their page.
 */
export function CommandPalette() {
  // The language shown: the palette's entries follow the language switch.
  const {
    t,
    i18n: { language },
  } = useTranslation('palette');
  const navigate = useNavigate();
  const session = useSignedIn();
  const role = session.staff.role;
  const [query, setQuery] = useState('');
  const typed = query.trim();
  const search = useCustomerSearch(query, CUSTOMERS_SHOWN, { enabled: typed.length >= CUSTOMER_QUERY_MIN });
  const listed = typed.length >= CUSTOMER_QUERY_MIN && search.query !== '';
  const customersGroup = t('groups.customers');
  useEffect(() => {
    // After the render that shows them: Enter opens the first entry when nothing else was found.
    const id = requestAnimationFrame(selectFirstPaletteEntry);
    return () => cancelAnimationFrame(id);
  }, [search.data]);
  const customers = useMemo<SpotlightActionGroupData>(
    () => ({
      group: customersGroup,
      actions: (listed ? (search.data ?? []) : []).map((c) => ({
        id: `customer:${c.id}`,
        label: c.name,
        description: c.phones.map(formatPhone).join(' · '),
        leftSection: <IconUser size={20} stroke={1.6} />,
        rightSection: c.vip ? (
          <VipBadge size="xs" />
        ) : (
          <Text size="xs" c="dimmed">
            {t('customerHint')}
          </Text>
        ),
        onClick: () => navigate(`/customers/${c.id}`),
      })),
    }),
    [listed, search.data, customersGroup, navigate, t],
  );

  const actions = useMemo<SpotlightActionGroupData[]>(() => {
    const screens = screensFor(role).flatMap((screen) => {
      const ScreenIcon = screen.icon;
      return [
        {
          id: `screen:${screen.key}`,
          label: t('goTo', { screen: t(`nav:${screen.key}`) }),
          keywords: [...keywordsFor(`nav:${screen.key}`), screen.key],
          leftSection: <ScreenIcon size={20} stroke={1.6} />,
          rightSection: <Kbd size="xs">{screen.fkey}</Kbd>,
          onClick: () => navigate(screen.path),
        },
        ...(screen.pages ?? []).map((page) => {
          const PageIcon = page.icon;
          return {
            id: `screen:${page.key}`,
            label: t('goTo', { screen: `${t(`nav:${screen.key}`)} › ${t(page.label)}` }),
            keywords: [...keywordsFor(page.label), ...keywordsFor(`nav:${screen.key}`), page.key],
            leftSection: <PageIcon size={20} stroke={1.6} />,
            onClick: () => navigate(page.path),
          };
        }),
      ];
    });
    const settingsTabs = SETTINGS_TABS.filter((tab) => tab.roles.includes(role)).map((tab) => ({
      id: `settings:${tab.key}`,
      label: `${t('nav:settings')} › ${t(tab.label)}`,
      keywords: [...keywordsFor(tab.label), ...keywordsFor('nav:settings'), tab.key],
      leftSection: <IconSettings size={20} stroke={1.6} />,
      onClick: () => navigate(`/settings/${tab.key}`),
    }));
    const admin = role === 'admin';
    const manager = role === 'manager' || admin;
    const other = language === 'en' ? 'zh-CN' : 'en';
    const commands = [
      {
        id: 'action:book',
        label: t('actions.book'),
        description: t('actions.bookHint'),
        keywords: keywordsFor('palette:actions.book'),
        leftSection: <IconCalendarPlus size={20} stroke={1.6} />,
        onClick: () => navigate('/appointments', { state: { book: true } }),
      },
      admin && {
        id: 'action:addStaff',
        label: t('actions.addStaff'),
        description: t('actions.addStaffHint'),
        keywords: keywordsFor('palette:actions.addStaff'),
        leftSection: <IconUserPlus size={20} stroke={1.6} />,
        onClick: () => navigate('/settings/staff', { state: { addStaff: true } }),
      },
      manager && {
        id: 'action:backupNow',
        label: t('actions.backupNow'),
        description: t('actions.backupNowHint'),
        keywords: keywordsFor('palette:actions.backupNow'),
        leftSection: <IconDatabase size={20} stroke={1.6} />,
        onClick: () => navigate('/settings/backups', { state: { backupNow: true } }),
      },
      admin && {
        id: 'action:restore',
        label: t('actions.restore'),
        description: t('actions.restoreHint'),
        keywords: keywordsFor('palette:actions.restore'),
        leftSection: <IconRestore size={20} stroke={1.6} />,
        onClick: () => navigate('/settings/backups'),
      },
      {
        id: 'action:lock',
        label: t('actions.lock'),
        description: t('actions.lockHint'),
        keywords: keywordsFor('palette:actions.lock'),
        leftSection: <IconLock size={20} stroke={1.6} />,
        onClick: () => session.lock(),
      },
      {
        id: 'action:language',
        label: t('actions.language'),
        description: t('actions.languageHint', { language: t(`common:language.${other}`) }),
        keywords: [...keywordsFor('palette:actions.language'), 'language', '语言', 'English', '中文'],
        leftSection: <IconLanguage size={20} stroke={1.6} />,
        onClick: toggleLanguage,
      },
      {
        id: 'action:myPin',
        label: t('actions.myPin'),
        description: t('actions.myPinHint'),
        keywords: keywordsFor('palette:actions.myPin'),
        leftSection: <IconKey size={20} stroke={1.6} />,
        onClick: () => navigate('/settings/myPin'),
      },
      admin && {
        id: 'action:lan',
        label: t('actions.lan'),
        description: t('actions.lanHint'),
        keywords: keywordsFor('palette:actions.lan'),
        leftSection: <IconWifi size={20} stroke={1.6} />,
        onClick: () => navigate('/settings/station'),
      },
    ].filter((a) => a !== false);
    return [
      { group: t('groups.screens'), actions: screens },
      { group: t('groups.actions'), actions: commands },
      { group: t('nav:settings'), actions: settingsTabs },
    ];
  }, [t, role, navigate, session, language]);

  return (
    <Spotlight
      store={paletteStore}
      actions={[...actions, customers]}
      query={query}
      onQueryChange={setQuery}
      filter={paletteFilter(customersGroup)}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      nothingFound={t('nothingFound')}
      highlightQuery
      limit={20}
      scrollable
      maxHeight={460}
      // No closing animation: an action that opens a dialog (book, back up now) would otherwise open
      // it while the palette's overlay is still fading out, and that overlay could stay over it.
      transitionProps={{ duration: 0 }}
      searchProps={{ leftSection: <IconSearch size={20} stroke={1.6} />, placeholder: t('placeholder'), 'aria-label': t('placeholder') }}
    />
  );
}
