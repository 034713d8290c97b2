# One INTERFACE target carries the compile settings every target of the project shares.
add_library(ccm_settings INTERFACE)
add_library(ccm::settings ALIAS ccm_settings)

target_compile_features(ccm_settings INTERFACE cxx_std_20)
target_compile_definitions(ccm_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
    CCM_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ccm_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wformat=2)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(ccm_settings INTERFACE -Wshadow=local)
    endif()
    if(CCM_WERROR)
        target_compile_options(ccm_settings INTERFACE -Werror)
    endif()
    if(CCM_SANITIZE)
        target_compile_options(ccm_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(ccm_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(ccm_settings INTERFACE /W4 /permissive- /utf-8)
    if(CCM_WERROR)
        target_compile_options(ccm_settings INTERFACE /WX)
    endif()
endif()
